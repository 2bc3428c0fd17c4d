import { ReceiptSection, type StaleIssues } from '../../components/receipt-section';
import { VetoList } from '../../components/veto-list';
import { useI18n } from '../../i18n/index';
import type { HouseholdOutcome, Issue, Model } from '../../lib/core-adapter';
import { vetoCodesOf } from '../../lib/model-view';
import { AssetsTable } from './assets-table';
import { GradeSummary } from './grade-summary';
import { LimitDerivation } from './limit-derivation';
import { ScoreComponents } from './score-components';

/** Props of {@link ResultPanel}. */
export interface ResultPanelProps {
  readonly outcome: HouseholdOutcome & { readonly ok: true };
  readonly model: Model;
  /** Set when the result is the last valid one and the form has since become invalid. */
  readonly stale: StaleIssues | null;
  readonly onGoTo: (issue: Issue) => void;
}

/**
 * The receipt of a valid household record (see {@link ReceiptSection}): grade summary, vetoes,
 * the components, the limit's derivation and the assets.
 */
export function ResultPanel({ outcome, model, stale, onGoTo }: ResultPanelProps) {
  const { t } = useI18n();
  const { explanation, record } = outcome;
  const { result } = explanation;
  return (
    <ReceiptSection
      testId="result"
      printTitle={t('print.title')}
      printSubject={t('print.household', { id: result.id })}
      evalYear={explanation.evalYear}
      stamp={explanation.model}
      model={model}
      record="household"
      stale={stale}
      onGoTo={onGoTo}
    >
      <GradeSummary result={result} model={model} evalYear={explanation.evalYear} />
      <VetoList titleId="vetoes-title" vetoes={result.vetoes} codes={vetoCodesOf(model)} />
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
    </ReceiptSection>
  );
}
