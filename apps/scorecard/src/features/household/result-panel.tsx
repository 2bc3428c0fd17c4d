import { useI18n } from '../../i18n/index';
import type { HouseholdOutcome, Issue, Model } from '../../lib/core-adapter';
import { labelOf, vetoCodesOf } from '../../lib/model-view';
import { AssetsTable } from './assets-table';
import { FixList } from './fix-list';
import { GradeSummary } from './grade-summary';
import { LimitDerivation } from './limit-derivation';
import { ScoreComponents } from './score-components';

/** Props of {@link ResultPanel}. */
export interface ResultPanelProps {
  readonly outcome: HouseholdOutcome & { readonly ok: true };
  readonly model: Model;
  /**
   * Set when the result is the last valid one and the form has since changed into something
   * invalid: the result is marked stale and what to fix is listed above it.
   */
  readonly stale: { readonly issues: readonly Issue[]; readonly waiting: number } | null;
  readonly onGoTo: (issue: Issue) => void;
}

/**
 * The result of the form: the whole receipt of a valid record. While the record is being
 * corrected, the last valid receipt stays, clearly marked as no longer current, under the list
 * of what to fix: never numbers of a half-valid record, never a panel that flips at each key.
 */
export function ResultPanel({ outcome, model, stale, onGoTo }: ResultPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { explanation, record } = outcome;
  const { result } = explanation;
  return (
    <section
      class={`result${stale === null ? '' : ' is-stale'}`}
      aria-labelledby="result-title"
      data-testid="result"
      data-stale={stale === null ? undefined : 'true'}
    >
      <header class="print-only print-header">
        <h1>{t('print.title')}</h1>
        <p>
          {t('print.household', { id: result.id })} ·{' '}
          {t('print.year', { year: explanation.evalYear })}
        </p>
        <p class="muted">
          {t('print.model', {
            id: explanation.model.id,
            version: explanation.model.version,
            hash: explanation.model.hash,
          })}
        </p>
      </header>
      <h2 id="result-title" class="screen-only" tabIndex={-1}>
        {stale === null ? t('result.title') : t('result.staleTitle')}
      </h2>
      {stale === null ? null : (
        <div class="stale-note screen-only" data-testid="stale-note">
          <p>
            <strong>{t('result.staleNote')}</strong>
          </p>
          <FixList issues={stale.issues} waiting={stale.waiting} model={model} onGoTo={onGoTo} />
        </div>
      )}
      <GradeSummary result={result} model={model} evalYear={explanation.evalYear} />
      {result.vetoes.length === 0 ? null : (
        <section class="card vetoes" aria-labelledby="vetoes-title" data-testid="vetoes">
          <h3 id="vetoes-title">{t('result.vetoes')}</h3>
          <ul>
            {result.vetoes.map((code) => (
              <li key={code}>
                <span class="code">{code}</span>{' '}
                {i18n.label(labelOf(vetoCodesOf(model), code), code)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ScoreComponents
        components={result.components}
        receipts={explanation.components}
        model={model}
      />
      <LimitDerivation
        receipt={explanation.limit}
        grade={result.grade}
        gross={result.assets.gross}
        operatingIncome={record.income.operating}
      />
      <AssetsTable result={result} receipt={explanation.assets} model={model} />
      <p class="print-only print-sign">{t('print.sign')}</p>
    </section>
  );
}
