import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/index';
import type { LimitReceipt } from '../lib/core-adapter';
import { formatMoney, groupDecimal } from '../lib/money';
import { roundingName } from '../lib/rounding-name';
import { Money } from './money';
import { Yuan } from './yuan';

/** One term of the formula after the base: coefficient × an input of the record. */
export interface LimitTerm {
  /** The row's `data-term`. */
  readonly term: string;
  readonly label: string;
  /** The term worked out: `0.3 × 500,000.00 = 150,000.00`. */
  readonly detail: ComponentChildren;
  readonly value: string;
}

/** The figures of the formula, each the core's, digit for digit. */
export interface LimitFigures {
  readonly base: string;
  readonly terms: readonly LimitTerm[];
  readonly raw: string;
  /** Said under the raw amount's name (its exact value, when it is shown rounded). */
  readonly rawDetail?: ComponentChildren;
  readonly cap: string;
  readonly capLabel: string;
}

/** Props of {@link LimitDerivationCard}. */
export interface LimitDerivationCardProps {
  readonly receipt: Pick<LimitReceipt, 'boundBy' | 'rounding' | 'limit'>;
  readonly grade: string;
  /** The formula's figures; `null` when the grade (or a veto) gives no limit. */
  readonly figures: LimitFigures | null;
  /** Why there is no limit when the grade gives none. */
  readonly noneGradeText: string;
  /**
   * Put before the title's id and the test ids (`limit-final`), so two receipts on a page
   * never share an id: `''` for a household's, `'entity-'` for an entity's.
   */
  readonly idPrefix: string;
  /** The card's `data-testid`, if it has one. */
  readonly testId?: string;
  /** Shown after the limit and the term that bound it (an entity's split). */
  readonly children?: ComponentChildren;
}

/**
 * How a limit came about: base + the terms = raw; the cap; the smaller of the two rounded to
 * the step; the limit and the term that bound it. Every figure is the core's; the page names
 * the terms and works each out (docs/model.md §7 for a household, §12 for an entity).
 */
export function LimitDerivationCard({
  receipt,
  grade,
  figures,
  noneGradeText,
  idPrefix,
  testId,
  children,
}: LimitDerivationCardProps) {
  const { t } = useI18n();
  return (
    <section
      class="card limit"
      aria-labelledby={`${idPrefix}limit-title`}
      data-bound-by={receipt.boundBy}
      data-testid={testId}
    >
      <h3 id={`${idPrefix}limit-title`}>{t('limit.title')}</h3>
      {figures === null ? (
        <p data-testid={`${idPrefix}limit-none`}>
          {receipt.boundBy === 'veto' ? t('limit.none.veto') : noneGradeText}
        </p>
      ) : (
        <table class="table derivation">
          <tbody>
            <tr data-term="base">
              <th scope="row">{t('limit.base', { grade })}</th>
              <td class="op" />
              <td class="num">{formatMoney(figures.base)}</td>
            </tr>
            {figures.terms.map((term) => (
              <tr key={term.term} data-term={term.term}>
                <th scope="row">
                  {term.label}
                  <span class="line-detail">{term.detail}</span>
                </th>
                <td class="op">+</td>
                <td class="num">
                  <Yuan value={term.value} />
                </td>
              </tr>
            ))}
            <tr
              data-term="raw"
              class={`total${receipt.boundBy === 'formula' ? ' is-binding' : ''}`}
            >
              <th scope="row">
                {t('limit.raw')}
                {figures.rawDetail}
              </th>
              <td class="op">=</td>
              <td class="num">
                <Yuan value={figures.raw} />
              </td>
            </tr>
            <tr data-term="cap" class={receipt.boundBy === 'cap' ? 'is-binding' : undefined}>
              <th scope="row">{figures.capLabel}</th>
              <td class="op" />
              <td class="num">{formatMoney(figures.cap)}</td>
            </tr>
            <tr data-term="rounding">
              <th scope="row" colSpan={3} class="muted">
                {t('limit.rounding', {
                  mode: roundingName(receipt.rounding.mode, t),
                  step: groupDecimal(receipt.rounding.step),
                })}
              </th>
            </tr>
          </tbody>
        </table>
      )}
      <p class="limit-final">
        <span>{t('limit.final')}</span>
        <strong data-testid={`${idPrefix}limit-final`}>
          <Money value={receipt.limit} />
        </strong>
      </p>
      <p class="limit-bound" data-testid={`${idPrefix}limit-bound-by`}>
        {t('limit.boundBy', { term: t(`boundBy.${receipt.boundBy}`) })}
      </p>
      {children}
    </section>
  );
}
