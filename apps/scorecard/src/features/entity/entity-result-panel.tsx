import { ReceiptSection, type StaleIssues } from '../../components/receipt-section';
import { VetoList } from '../../components/veto-list';
import { useI18n } from '../../i18n/index';
import type { EntityScore, Issue, Model } from '../../lib/core-adapter';
import { EntityComponents } from './entity-components';
import { EntityHeadline } from './entity-headline';
import { EntityLimitDerivation } from './entity-limit';
import { entityVetoCodesOf } from './entity-model';

/** Props of {@link EntityResultPanel}. */
export interface EntityResultPanelProps {
  readonly outcome: EntityScore & { readonly ok: true };
  readonly model: Model;
  /** Set when the result is the last valid one and the form has since become invalid. */
  readonly stale: StaleIssues | null;
  readonly onGoTo: (issue: Issue) => void;
}

/**
 * The receipt of a valid entity record (see {@link ReceiptSection}): headline, vetoes, the
 * seven components with their parts, and the limit's derivation and split.
 */
export function EntityResultPanel({ outcome, model, stale, onGoTo }: EntityResultPanelProps) {
  const { t } = useI18n();
  const { explanation, record } = outcome;
  const { result } = explanation;
  return (
    <ReceiptSection
      testId="entity-result"
      printTitle={t('entity.print.title')}
      printSubject={t('entity.print.entity', { id: result.id, name: result.name ?? '' })}
      evalYear={explanation.evalYear}
      stamp={explanation.model}
      model={model}
      record="entity"
      stale={stale}
      onGoTo={onGoTo}
    >
      <EntityHeadline result={result} model={model} evalYear={explanation.evalYear} />
      <VetoList
        titleId="entity-vetoes-title"
        vetoes={result.vetoes}
        codes={entityVetoCodesOf(model)}
      />
      <EntityComponents receipts={explanation.components} model={model} />
      <EntityLimitDerivation
        receipt={explanation.limit}
        grade={result.grade}
        record={record}
        model={model}
      />
    </ReceiptSection>
  );
}
