import { useI18n } from '../i18n/index';
import type { Model } from '../lib/core-adapter';
import type { AdviceState } from '../lib/use-next-grade-advice';
import { codeAndName, GradeBadge, useGradeName } from './grade-badge';
import { Money } from './money';

/** What the panel reads of one option of the core's advice (a household's or an entity's). */
export interface AdviceOptionView {
  readonly change: { readonly kind: string };
  readonly score: number;
  readonly grade: string;
  readonly limit: string;
}

/** What the panel reads of the core's advice for one record. */
export interface GradeAdviceView<Option extends AdviceOptionView> {
  readonly current: { readonly score: number };
  readonly target: string | null;
  readonly options: readonly Option[];
}

/** An amount of each option shown after its limit (an entity's guaranteed part). */
export interface AdviceMoneyColumn<Option> {
  readonly header: string;
  readonly value: (option: Option) => string;
}

/** Props of {@link NextGradeAdvice}. */
export interface NextGradeAdviceProps<Option extends AdviceOptionView> {
  readonly state: AdviceState<GradeAdviceView<Option>>;
  readonly model: Model;
  /**
   * The panel's `data-testid`; its state marker and intro take it as prefix
   * (`advice-state`, `advice-intro`).
   */
  readonly testId: string;
  /** An option's change in words, with the model's labels. */
  readonly describe: (option: Option) => string;
  readonly moneyColumns?: readonly AdviceMoneyColumn<Option>[];
  /** Puts an option's changed record into the form. */
  readonly onApply: (option: Option) => void;
}

/**
 * 升级建议: the smallest changes to the record that reach the next grade, each with the score,
 * grade and limit the model gives the changed record, and a button to put it into the form.
 * Nothing is shown for the top grade, or until the advice for the record on screen is ready.
 */
export function NextGradeAdvice<Option extends AdviceOptionView>(
  props: NextGradeAdviceProps<Option>,
) {
  // A marker of the advice's state (not shown), so a test can wait for the work to be done
  // instead of sleeping and hoping it ran.
  return (
    <>
      <span hidden data-testid={`${props.testId}-state`} data-state={props.state.status} />
      <AdviceContent {...props} />
    </>
  );
}

function AdviceContent<Option extends AdviceOptionView>({
  state,
  model,
  testId,
  describe,
  moneyColumns = [],
  onApply,
}: NextGradeAdviceProps<Option>) {
  const { t } = useI18n();
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
      data-testid={testId}
      data-target={advice.target}
    >
      <h3 id="advice-title">{t('advice.title')}</h3>
      <AdviceIntro advice={advice} model={model} testId={`${testId}-intro`} />
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
                {moneyColumns.map((column) => (
                  <th key={column.header} scope="col" class="num">
                    {column.header}
                  </th>
                ))}
                <th scope="col">
                  <span class="visually-hidden">{t('advice.apply')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {advice.options.map((option, index) => {
                const words = describe(option);
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
                    {moneyColumns.map((column) => (
                      <td key={column.header} class="num">
                        <Money value={column.value(option)} />
                      </td>
                    ))}
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

/** Why the options are what they are: clear the vetoes first, none reaches the target, or how. */
function AdviceIntro<Option extends AdviceOptionView>({
  advice,
  model,
  testId,
}: {
  readonly advice: GradeAdviceView<Option>;
  readonly model: Model;
  readonly testId: string;
}) {
  const { t } = useI18n();
  const gradeName = useGradeName(model);
  const target = codeAndName(advice.target ?? '', gradeName(advice.target ?? ''));
  if (advice.options.some((option) => option.change.kind === 'clearVetoes'))
    return (
      <p data-testid={testId}>{t('advice.veto', { score: advice.current.score, grade: target })}</p>
    );
  if (advice.options.length === 0)
    return <p data-testid={testId}>{t('advice.none', { target })}</p>;
  return <p data-testid={testId}>{t('advice.intro', { target })}</p>;
}
