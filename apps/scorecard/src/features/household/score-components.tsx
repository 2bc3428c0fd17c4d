import { ScoreComponentItem } from '../../components/score-component-item';
import { useI18n } from '../../i18n/index';
import type { ComponentReceipt, HouseholdResult, Model } from '../../lib/core-adapter';
import { civilityLevelsOf, creditLevelsOf, dimensionsOf, labelOf } from '../../lib/model-view';
import { formatMoney, formatPercent } from '../../lib/money';
import { comparisonText } from '../../lib/rule-text';

type Components = HouseholdResult['components'];

/** Each score component as a bar against its maximum, with the rule that applied when known. */
export function ScoreComponents({
  components,
  receipts,
  model,
}: {
  readonly components: Components;
  readonly receipts?: readonly ComponentReceipt[];
  readonly model: Model;
}) {
  const { t } = useI18n();
  return (
    <section class="card components-card" aria-labelledby="components-title">
      <h3 id="components-title">{t('result.components')}</h3>
      <ul class="components">
        {components.map((c) => {
          const name = t(`component.${c.id}`);
          const receipt = receipts?.find((r) => r.id === c.id);
          return (
            <ScoreComponentItem key={c.id} id={c.id} name={name} points={c.points} max={c.max}>
              {receipt === undefined ? null : <Why receipt={receipt} model={model} />}
            </ScoreComponentItem>
          );
        })}
      </ul>
    </section>
  );
}

function Why({ receipt, model }: { readonly receipt: ComponentReceipt; readonly model: Model }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (receipt.levels !== undefined) {
    const levels = civilityLevelsOf(model);
    return (
      <ul class="chips">
        {Object.entries(receipt.levels).map(([dim, { level, points }]) => (
          <li key={dim} class="chip">
            {i18n.label(labelOf(dimensionsOf(model), dim), dim)} ·{' '}
            {i18n.label(labelOf(levels, level), level)} · {points}
          </li>
        ))}
      </ul>
    );
  }
  if (receipt.id === 'creditRecord' && receipt.value !== null) {
    return (
      <p class="why">{i18n.label(labelOf(creditLevelsOf(model), receipt.value), receipt.value)}</p>
    );
  }
  const ratio = receipt.id === 'debtRatio';
  const rule =
    receipt.bin === undefined
      ? ruleWord(receipt.rule, t)
      : comparisonText(receipt.bin.when, receipt.bin.value, ratio);
  const value =
    receipt.value === null
      ? null
      : ratio
        ? formatPercent(receipt.value)
        : formatMoney(receipt.value);
  return (
    <p class="why">
      {value === null ? null : <>{t('rule.value', { value })} · </>}
      {rule}
    </p>
  );
}

function ruleWord(rule: string, t: ReturnType<typeof useI18n>['t']): string {
  if (rule === 'noDebt') return t('rule.noDebt');
  if (rule === 'noAssets') return t('rule.noAssets');
  if (rule === 'otherwise') return t('rule.otherwise');
  return rule;
}
