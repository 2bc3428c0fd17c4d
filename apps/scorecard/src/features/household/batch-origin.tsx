import { OriginCard } from '../../components/origin-card';
import { useI18n } from '../../i18n/index';
import type { Model } from '../../lib/core-adapter';
import { AssetsTable } from './assets-table';
import { GradeSummary } from './grade-summary';
import type { BatchOrigin } from './household-state';
import { ScoreComponents } from './score-components';

/** The batch result of a household opened from the village review, read-only. */
export function BatchOriginPanel({
  origin,
  model,
}: {
  readonly origin: BatchOrigin;
  readonly model: Model;
}) {
  const { t } = useI18n();
  return (
    <OriginCard
      titleId="origin-title"
      testId="batch-origin"
      from={t('result.readonlyFrom', {
        village: origin.village,
        index: origin.index === null ? '—' : origin.index + 1,
        year: origin.evalYear ?? '—',
      })}
      invalid={origin.result === null ? (origin.issues ?? []) : null}
      model={model}
      record="household"
    >
      {origin.result === null ? null : (
        <>
          <GradeSummary result={origin.result} model={model} />
          <details>
            <summary>
              {t('result.components')} · {t('result.assets')}
            </summary>
            <ScoreComponents components={origin.result.components} model={model} />
            <AssetsTable result={origin.result} model={model} />
          </details>
        </>
      )}
    </OriginCard>
  );
}
