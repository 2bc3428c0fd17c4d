import { NextGradeAdvice } from '../../components/next-grade-advice';
import { type I18n, useI18n } from '../../i18n/index';
import type { AdviceChange, AdviceOption, GradeAdvice, Model } from '../../lib/core-adapter';
import {
  civilityLevelsOf,
  creditLevelsOf,
  dimensionsOf,
  labelOf,
  vetoCodesOf,
} from '../../lib/model-view';
import { formatMoney } from '../../lib/money';
import type { AdviceState } from '../../lib/use-next-grade-advice';

/** A change of the core's advice in words: `诚实守信：一般 → 好`, `偿还债务 297.10 元…`. */
export function describeChange(change: AdviceChange, model: Model, i18n: I18n): string {
  const { t, label } = i18n;
  switch (change.kind) {
    case 'civility': {
      const level = (code: string) => label(labelOf(civilityLevelsOf(model), code), code);
      return change.changes
        .map((c) =>
          t('advice.civility', {
            dimension: label(labelOf(dimensionsOf(model), c.dimension), c.dimension),
            from: c.from === '' ? '—' : level(c.from),
            to: level(c.to),
          }),
        )
        .join(t('advice.and'));
    }
    case 'creditRecord': {
      const level = (code: string) => label(labelOf(creditLevelsOf(model), code), code);
      return t('advice.creditRecord', { from: level(change.from), to: level(change.to) });
    }
    case 'repayDebt':
      return t('advice.repayDebt', {
        amount: formatMoney(change.amount),
        after: formatMoney(change.liabilitiesAfter),
      });
    case 'raiseNetIncome':
      return t('advice.raiseNetIncome', {
        amount: formatMoney(change.amount),
        after: formatMoney(change.netIncomeAfter),
      });
    case 'addDeposits':
      return t('advice.addDeposits', {
        amount: formatMoney(change.amount),
        after: formatMoney(change.depositsAfter),
      });
    case 'clearVetoes':
      return t('advice.clearVetoes', {
        vetoes: change.codes
          .map((code) => `${code} ${label(labelOf(vetoCodesOf(model), code), code)}`)
          .join(t('common.listSep')),
      });
  }
}

/** Props of {@link AdvicePanel}. */
export interface AdvicePanelProps {
  readonly state: AdviceState<GradeAdvice>;
  readonly model: Model;
  /** Puts an option's changed record into the form. */
  readonly onApply: (option: AdviceOption) => void;
}

/** 升级建议 for a household: each option's change in the household scorecard's words. */
export function AdvicePanel({ state, model, onApply }: AdvicePanelProps) {
  const i18n = useI18n();
  return (
    <NextGradeAdvice
      state={state}
      model={model}
      testId="advice"
      describe={(option) => describeChange(option.change, model, i18n)}
      onApply={onApply}
    />
  );
}
