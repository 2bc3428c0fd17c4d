import { codeAndName, useGradeName } from '../../components/grade-badge';
import { NextGradeAdvice } from '../../components/next-grade-advice';
import { type I18n, useI18n } from '../../i18n/index';
import type {
  EntityAdviceChange,
  EntityAdviceOption,
  EntityGradeAdvice,
  Model,
} from '../../lib/core-adapter';
import { labelOf } from '../../lib/model-view';
import { formatMoney, groupDecimal } from '../../lib/money';
import type { AdviceState } from '../../lib/use-next-grade-advice';
import {
  demonstrationLevelsOf,
  entityCreditLevelsOf,
  entityVetoCodesOf,
  mainLineUnitOf,
} from './entity-model';

/**
 * A change of the core's entity advice in words, with the model's labels: `示范等级：市级示范 →
 * 省级示范`, `偿还负债 20,000.00 元（负债降至 400,000.00 元）`, `参加农业保险`.
 */
export function describeEntityChange(
  change: EntityAdviceChange,
  model: Model,
  i18n: I18n,
  mainLine = '',
  gradeName: (code: string) => string = (code) => code,
): string {
  const { t, label } = i18n;
  switch (change.kind) {
    case 'demonstration': {
      const level = (code: string) => label(labelOf(demonstrationLevelsOf(model), code), code);
      return t('entity.advice.demonstration', { from: level(change.from), to: level(change.to) });
    }
    case 'raiseScale':
      return t('entity.advice.raiseScale', {
        amount: groupDecimal(change.amount),
        after: groupDecimal(change.scaleAfter),
        unit: label(mainLineUnitOf(model, mainLine), ''),
      });
    case 'repayLiabilities':
      return t('entity.advice.repayLiabilities', {
        amount: formatMoney(change.amount),
        after: formatMoney(change.liabilitiesAfter),
      });
    case 'raiseSurplus':
      return t('entity.advice.raiseSurplus', {
        amount: formatMoney(change.amount),
        after: formatMoney(change.surplusAfter),
      });
    case 'creditRecord': {
      const level = (code: string) => label(labelOf(entityCreditLevelsOf(model), code), code);
      return t('advice.creditRecord', { from: level(change.from), to: level(change.to) });
    }
    case 'extendLease':
      return t('entity.advice.extendLease', { from: change.from, to: change.to });
    case 'insure':
      return t('entity.advice.insure');
    case 'salesContracts':
      return t('entity.advice.salesContracts');
    case 'driveHouseholds':
      return t('entity.advice.driveHouseholds', {
        amount: groupDecimal(String(change.amount)),
        after: groupDecimal(String(change.householdsDrivenAfter)),
      });
    case 'principalHouseholdGrade':
      return t('entity.advice.principalHouseholdGrade', {
        from:
          change.from === null
            ? t('entity.advice.noGrade')
            : codeAndName(change.from, gradeName(change.from)),
        to: codeAndName(change.to, gradeName(change.to)),
      });
    case 'clearVetoes':
      return t('advice.clearVetoes', {
        vetoes: change.codes
          .map((code) => `${code} ${label(labelOf(entityVetoCodesOf(model), code), code)}`)
          .join(t('common.listSep')),
      });
  }
}

/** Props of {@link EntityAdvicePanel}. */
export interface EntityAdvicePanelProps {
  readonly state: AdviceState<EntityGradeAdvice>;
  readonly model: Model;
  /** The main line of the record on screen, whose unit a change of scale is said in. */
  readonly mainLine: string;
  /** Puts an option's changed record into the form. */
  readonly onApply: (option: EntityAdviceOption) => void;
}

/**
 * 升级建议 for an entity: the smallest single change of each part of its scorecard that reaches
 * the next grade, each with the score, grade, limit and its split the model gives the changed
 * record, and a button to put it into the form. Nothing for the top grade.
 */
export function EntityAdvicePanel({ state, model, mainLine, onApply }: EntityAdvicePanelProps) {
  const i18n = useI18n();
  const gradeName = useGradeName(model);
  return (
    <NextGradeAdvice
      state={state}
      model={model}
      testId="entity-advice"
      describe={(option) => describeEntityChange(option.change, model, i18n, mainLine, gradeName)}
      moneyColumns={[
        { header: i18n.t('entity.col.guaranteed'), value: (option) => option.guaranteed },
      ]}
      onApply={onApply}
    />
  );
}
