import { codeAndName, GradeBadge, useGradeName } from '../../components/grade-badge';
import { Money } from '../../components/money';
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
import type { AdviceState } from './use-advice';

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
  readonly state: AdviceState;
  readonly model: Model;
  /** Puts an option's changed record into the form. */
  readonly onApply: (option: AdviceOption) => void;
}

/**
 * 升级建议: the smallest changes to the record that reach the next grade, each with the score,
 * grade and limit the model gives the changed record, and a button to put it into the form.
 * Nothing is shown for the top grade, or until the advice for the record on screen is ready.
 */
export function AdvicePanel(props: AdvicePanelProps) {
  // A marker of the advice's state (not shown), so a test can wait for the work to be done
  // instead of sleeping and hoping it ran.
  return (
    <>
      <span hidden data-testid="advice-state" data-state={props.state.status} />
      <AdviceContent {...props} />
    </>
  );
}

function AdviceContent({ state, model, onApply }: AdvicePanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
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
      data-testid="advice"
      data-target={advice.target}
    >
      <h3 id="advice-title">{t('advice.title')}</h3>
      <AdviceIntro advice={advice} model={model} />
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
                <th scope="col">
                  <span class="visually-hidden">{t('advice.apply')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {advice.options.map((option, index) => {
                const words = describeChange(option.change, model, i18n);
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

function AdviceIntro({ advice, model }: { readonly advice: GradeAdvice; readonly model: Model }) {
  const { t } = useI18n();
  const gradeName = useGradeName(model);
  const target = codeAndName(advice.target ?? '', gradeName(advice.target ?? ''));
  const vetoed = advice.options.some((option) => option.change.kind === 'clearVetoes');
  if (vetoed) {
    return (
      <p data-testid="advice-intro">
        {t('advice.veto', { score: advice.current.score, grade: target })}
      </p>
    );
  }
  if (advice.options.length === 0) {
    return <p data-testid="advice-intro">{t('advice.none', { target })}</p>;
  }
  return <p data-testid="advice-intro">{t('advice.intro', { target })}</p>;
}
