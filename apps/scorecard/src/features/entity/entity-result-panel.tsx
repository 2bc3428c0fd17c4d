import { useI18n } from '../../i18n/index';
import type { EntityScore, Issue, Model } from '../../lib/core-adapter';
import { labelOf } from '../../lib/model-view';
import { FixList } from '../household/fix-list';
import { EntityComponents } from './entity-components';
import { EntityHeadline } from './entity-headline';
import { EntityLimitDerivation } from './entity-limit';
import { entityVetoCodesOf } from './entity-model';

/** Props of {@link EntityResultPanel}. */
export interface EntityResultPanelProps {
  readonly outcome: EntityScore & { readonly ok: true };
  readonly model: Model;
  /** Set when the result is the last valid one and the form has since become invalid. */
  readonly stale: { readonly issues: readonly Issue[]; readonly waiting: number } | null;
  readonly onGoTo: (issue: Issue) => void;
}

/**
 * The receipt of a valid entity record: headline, vetoes, the seven components with their parts,
 * and the limit's derivation and split. While the record is being corrected, the last valid
 * receipt stays, marked as no longer current, under the list of what to fix.
 */
export function EntityResultPanel({ outcome, model, stale, onGoTo }: EntityResultPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { explanation, record } = outcome;
  const { result } = explanation;
  return (
    <section
      class={`result${stale === null ? '' : ' is-stale'}`}
      aria-labelledby="result-title"
      data-testid="entity-result"
      data-stale={stale === null ? undefined : 'true'}
    >
      <header class="print-only print-header">
        <h1>{t('entity.print.title')}</h1>
        <p>
          {t('entity.print.entity', { id: result.id, name: result.name ?? '' })} ·{' '}
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
          <FixList
            issues={stale.issues}
            waiting={stale.waiting}
            model={model}
            onGoTo={onGoTo}
            record="entity"
          />
        </div>
      )}
      <EntityHeadline result={result} model={model} evalYear={explanation.evalYear} />
      {result.vetoes.length === 0 ? null : (
        <section class="card vetoes" aria-labelledby="entity-vetoes-title" data-testid="vetoes">
          <h3 id="entity-vetoes-title">{t('result.vetoes')}</h3>
          <ul>
            {result.vetoes.map((code) => (
              <li key={code}>
                <span class="code">{code}</span>{' '}
                {i18n.label(labelOf(entityVetoCodesOf(model), code), code)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <EntityComponents receipts={explanation.components} model={model} />
      <EntityLimitDerivation
        receipt={explanation.limit}
        grade={result.grade}
        record={record}
        model={model}
      />
      <p class="print-only print-sign">{t('print.sign')}</p>
    </section>
  );
}
