import { ResultBar } from '../../components/result-bar';
import { useI18n } from '../../i18n/index';
import type { EntityScore, Model } from '../../lib/core-adapter';
import { formatMoney } from '../../lib/money';

const TEST_IDS = { bar: 'entity-result-bar', score: 'entity-bar-score', limit: 'entity-bar-limit' };

/**
 * The entity result in one line at the foot of a phone's screen (see {@link ResultBar}), with
 * the part of the limit that needs a guarantee when there is one.
 */
export function EntityResultBar({
  outcome,
  model,
  stale,
  pending,
}: {
  readonly outcome: (EntityScore & { readonly ok: true }) | null;
  readonly model: Model;
  readonly stale: boolean;
  readonly pending: number;
}) {
  const { t } = useI18n();
  const result = outcome?.explanation.result;
  return (
    <ResultBar
      result={result}
      model={model}
      stale={stale}
      pending={pending}
      testIds={TEST_IDS}
      extra={
        result === undefined || result.guaranteed === '0.00' ? null : (
          <span data-testid="entity-bar-guaranteed">
            {' · '}
            {t('entity.bar.guaranteed', { amount: formatMoney(result.guaranteed) })}
          </span>
        )
      }
    />
  );
}
