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
  readonly outcome: HouseholdOutcome;
  readonly model: Model;
  readonly onGoTo: (issue: Issue) => void;
}

/**
 * The live result of the form: the whole receipt when the record is valid, else the list of
 * what to fix (never numbers from a half-valid record).
 */
export function ResultPanel({ outcome, model, onGoTo }: ResultPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!outcome.ok) {
    return (
      <section class="result" aria-labelledby="result-title">
        <h2 id="result-title" tabIndex={-1}>
          {t('result.title')}
        </h2>
        <FixList issues={outcome.issues} model={model} onGoTo={onGoTo} />
      </section>
    );
  }
  const { explanation, record } = outcome;
  const { result } = explanation;
  return (
    <section class="result" aria-labelledby="result-title" data-testid="result">
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
        {t('result.title')}
      </h2>
      <div aria-live="polite">
        <GradeSummary result={result} model={model} />
      </div>
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
