import { codeAndName, useGradeName } from '../../components/grade-badge';
import { ScoreComponentItem } from '../../components/score-component-item';
import { type I18n, useI18n } from '../../i18n/index';
import type {
  Comparison,
  EntityComponentReceipt,
  EntityPartReceipt,
  Model,
} from '../../lib/core-adapter';
import { labelOf } from '../../lib/model-view';
import { formatMoney, formatPercent, groupDecimal } from '../../lib/money';
import { comparisonText } from '../../lib/rule-text';
import { demonstrationLevelsOf, entityCreditLevelsOf, mainLineUnitOf } from './entity-model';

const BIN = /^(>=|>|<=|<) (-?\d+(?:\.\d+)?)$/;

/** A decimal without the zeros that end its fraction (`1.5000` → `1.5`): the same number. */
function withoutTrailingZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** A part's rule in words: a bin as `≥ 3` (a debt ratio's as `≤ 40%`), `其余情况`; else nothing. */
export function partRule(part: EntityPartReceipt, t: I18n['t']): string | null {
  const bin = BIN.exec(part.rule);
  if (bin !== null)
    return comparisonText(bin[1] as Comparison, bin[2] ?? '', part.part === 'debtRatio');
  return part.rule === 'otherwise' ? t('rule.otherwise') : null;
}

/**
 * What a part measured, in words and with the model's labels: `经营 5 年（2019 年注册）`,
 * `300 亩 ÷ 基准 200 亩 = 1.5 倍`, `负债 ÷ 资产 = 35%`, `市级示范`.
 */
export function partText(
  part: EntityPartReceipt,
  model: Model,
  i18n: I18n,
  gradeName: (code: string) => string = (code) => code,
): string {
  const { t, label } = i18n;
  const input = (name: string) => part.inputs[name] ?? null;
  const yesNo = (value: string | null) => (value === 'true' ? t('common.yes') : t('common.no'));
  switch (part.part) {
    case 'years':
      return t('entity.part.years', {
        years: part.value ?? '—',
        registered: input('registeredYear') ?? '—',
      });
    case 'demonstration': {
      const code = part.value ?? '';
      return label(labelOf(demonstrationLevelsOf(model), code), code);
    }
    case 'scale': {
      const line = input('mainLine') ?? '';
      const unit = label(mainLineUnitOf(model, line), '');
      return t('entity.part.scale', {
        scale: groupDecimal(input('scale') ?? ''),
        threshold: groupDecimal(input('threshold') ?? ''),
        unit,
        ratio: groupDecimal(withoutTrailingZeros(part.value ?? '')),
      });
    }
    case 'debtRatio':
      if (part.rule === 'noDebt') return t('rule.noDebt');
      if (part.rule === 'noAssets') return t('rule.noAssets');
      return t('entity.part.debtRatio', {
        liabilities: formatMoney(input('liabilities') ?? ''),
        assets: formatMoney(input('assets') ?? ''),
        ratio: formatPercent(withoutTrailingZeros(part.value ?? '')),
      });
    case 'surplus':
      return t('entity.part.surplus', { surplus: formatMoney(part.value ?? '0') });
    case 'creditRecord': {
      const code = part.value ?? '';
      return label(labelOf(entityCreditLevelsOf(model), code), code);
    }
    case 'lease':
      return part.value === null
        ? t('entity.part.noLease')
        : t('entity.part.lease', { years: part.value });
    case 'insured':
      return t('entity.part.insured', { answer: yesNo(part.value) });
    case 'salesContracts':
      return t('entity.part.salesContracts', { answer: yesNo(part.value) });
    case 'householdsDriven':
      return t('entity.part.householdsDriven', { n: groupDecimal(part.value ?? '0') });
    case 'principalHouseholdGrade':
      return part.value === null
        ? t('entity.part.principalNone')
        : t('entity.part.principal', { grade: codeAndName(part.value, gradeName(part.value)) });
    default:
      return part.part;
  }
}

/**
 * Each of the seven components as a bar against its maximum, with its parts: what each part
 * measured, the bin or level that applied and the points it gave (docs/model.md §12).
 */
export function EntityComponents({
  receipts,
  model,
}: {
  readonly receipts: readonly EntityComponentReceipt[];
  readonly model: Model;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const gradeName = useGradeName(model);
  return (
    <section class="card components-card" aria-labelledby="entity-components-title">
      <h3 id="entity-components-title">{t('result.components')}</h3>
      <ul class="components">
        {receipts.map((c) => {
          const name = t(`entity.component.${c.id}`);
          return (
            <ScoreComponentItem key={c.id} id={c.id} name={name} points={c.points} max={c.max}>
              <ul class="parts">
                {c.parts.map((part) => {
                  const rule = partRule(part, t);
                  const text = partText(part, model, i18n, gradeName);
                  return (
                    <li key={part.part} class="part" data-part={part.part}>
                      <span>{text}</span>
                      {rule === null ? null : <span class="muted"> · {rule}</span>}
                      <span class="part-points">
                        {t('entity.part.points', { points: part.points })}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </ScoreComponentItem>
          );
        })}
      </ul>
    </section>
  );
}
