import { codeAndName, GradeBadge, useGradeName } from '../../components/grade-badge';
import { Money } from '../../components/money';
import { type I18n, useI18n } from '../../i18n/index';
import type {
  EntityAdviceChange,
  EntityAdviceOption,
  EntityGradeAdvice,
  Model,
} from '../../lib/core-adapter';
import { labelOf } from '../../lib/model-view';
import { formatMoney, groupDecimal } from '../../lib/money';
import {
  demonstrationLevelsOf,
  entityCreditLevelsOf,
  entityVetoCodesOf,
  mainLineUnitOf,
} from './entity-model';
import type { EntityAdviceState } from './use-entity-advice';

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
  readonly state: EntityAdviceState;
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
export function EntityAdvicePanel(props: EntityAdvicePanelProps) {
  return (
    <>
      <span hidden data-testid="entity-advice-state" data-state={props.state.status} />
      <AdviceContent {...props} />
    </>
  );
}

function AdviceContent({ state, model, mainLine, onApply }: EntityAdvicePanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const gradeName = useGradeName(model);
  if (state.status === 'none' || state.status === 'pending') return null;
  if (state.status === 'failed') {
    return (
      <section class="card advice screen-only" aria-labelledby="advice-title">
        <h3 id="advice-title">{t('advice.title')}</h3>
        <p class="notice notice-warn" lang="en">
          {state.error}
        </p>
      </section>
    );
  }
  const { advice } = state;
  if (advice.target === null) return null;
  return (
    <section
      class="card advice screen-only"
      aria-labelledby="advice-title"
      data-testid="entity-advice"
      data-target={advice.target}
    >
      <h3 id="advice-title">{t('advice.title')}</h3>
      <AdviceIntro advice={advice} gradeName={gradeName} />
      {advice.options.length === 0 ? null : (
        <div class="table-scroll">
          <table class="table advice-options">
            <thead>
              <tr>
                <th scope="col">{t('advice.col.change')}</th>
                <th scope="col" class="num">
                  {t('advice.col.score')}
                </th>
                <th scope="col">{t('advice.col.grade')}</th>
                <th scope="col" class="num">
                  {t('advice.col.limit')}
                </th>
                <th scope="col" class="num">
                  {t('entity.col.guaranteed')}
                </th>
                <th scope="col">
                  <span class="visually-hidden">{t('advice.apply')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {advice.options.map((option, index) => {
                const words = describeEntityChange(option.change, model, i18n, mainLine, gradeName);
                return (
                  <tr key={`${index}:${words}`} data-kind={option.change.kind}>
                    <th scope="row">{words}</th>
                    <td class="num">{option.score}</td>
                    <td>
                      <GradeBadge model={model} code={option.grade} showName />
                    </td>
                    <td class="num">
                      <Money value={option.limit} />
                    </td>
                    <td class="num">
                      <Money value={option.guaranteed} />
                    </td>
                    <td>
                      <button
                        type="button"
                        class="button button-small"
                        aria-label={t('advice.applyLabel', { change: words })}
                        onClick={() => onApply(option)}
                      >
                        {t('advice.apply')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function AdviceIntro({
  advice,
  gradeName,
}: {
  readonly advice: EntityGradeAdvice;
  readonly gradeName: (code: string) => string;
}) {
  const { t } = useI18n();
  const target = codeAndName(advice.target ?? '', gradeName(advice.target ?? ''));
  if (advice.options.some((option) => option.change.kind === 'clearVetoes'))
    return (
      <p data-testid="entity-advice-intro">
        {t('advice.veto', { score: advice.current.score, grade: target })}
      </p>
    );
  if (advice.options.length === 0)
    return <p data-testid="entity-advice-intro">{t('advice.none', { target })}</p>;
  return <p data-testid="entity-advice-intro">{t('advice.intro', { target })}</p>;
}
