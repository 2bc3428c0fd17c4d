import { useState } from 'preact/hooks';
import { RatingBadge } from '../../components/rating-badge';
import { useI18n } from '../../i18n/index';
import type { ComparisonReport, Model } from '../../lib/core-adapter';
import { EntityComparisonView } from '../entity/entity-comparison';
import { TownshipComparisonView } from '../township/township-comparison';
import { CreditChanges } from './credit-changes';
import { MoveLabel, RatingMoves } from './rating-moves';
import { SectionStats } from './section-stats';
import { type ComparisonMode, sidesOf } from './sides';
import { StabilityChart } from './stability-chart';
import { TransitionMatrix } from './transition-matrix';
import { VillageComparisons } from './village-comparisons';

/** Props of {@link ComparisonView}. */
export interface ComparisonViewProps {
  readonly report: ComparisonReport;
  /** The model whose names and colours label grades and ratings. */
  readonly model: Model;
  readonly mode: ComparisonMode;
  /** Makes the DOM ids unique when several comparisons are on one page. */
  readonly idPrefix: string;
}

/**
 * A comparison report of the core, overall or for one village: the figures, the village rating
 * moves, the grade transition matrix, the PSI with the score distribution on both sides, every
 * village, and the households whose credit status changed. Used for year over year and for the
 * same batch under two models.
 */
export function ComparisonView({ report, model, mode, idPrefix }: ComparisonViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const sides = sidesOf(report, mode, i18n);
  const [scope, setScope] = useState(-1);
  const village = scope < 0 ? undefined : report.villages[scope];
  const section = village ?? report.overall;
  const changes =
    village === undefined
      ? report.creditChanges
      : report.creditChanges.filter((change) => change.village === village.id);
  const scopeId = `${idPrefix}-scope`;
  const villageName = (id: string | null) => id ?? t('villages.unnamed');
  return (
    <div class="comparison" data-testid="comparison" data-mode={mode}>
      <dl class="stamp comparison-sides" data-testid="comparison-sides">
        <div>
          <dt>{sides.beforeShort}</dt>
          <dd>
            {t('compare.stampYear', { year: report.before.evalYear })} · {t('compare.stampModel')}{' '}
            <code>{report.before.model.id}</code> v{report.before.model.version}{' '}
            <code class="hash small muted">{report.before.model.hash}</code>
          </dd>
        </div>
        <div>
          <dt>{sides.afterShort}</dt>
          <dd>
            {t('compare.stampYear', { year: report.after.evalYear })} · {t('compare.stampModel')}{' '}
            <code>{report.after.model.id}</code> v{report.after.model.version}{' '}
            <code class="hash small muted">{report.after.model.hash}</code>
          </dd>
        </div>
      </dl>
      <div class="field-inline">
        <label for={scopeId}>{t('compare.scope')}</label>
        <select
          id={scopeId}
          value={String(scope)}
          onChange={(event) => setScope(Number(event.currentTarget.value))}
        >
          <option value="-1">{t('compare.scope.all', { n: report.villages.length })}</option>
          {report.villages.map((v, index) => (
            <option key={`${index}:${v.id ?? ''}`} value={String(index)}>
              {t('compare.scope.village', { village: villageName(v.id) })}
            </option>
          ))}
        </select>
        {village === undefined ? null : (
          <button type="button" class="button button-small" onClick={() => setScope(-1)}>
            {t('compare.scope.back')}
          </button>
        )}
      </div>
      <section class="card" aria-live="polite" data-testid="comparison-section">
        <h4>
          {village === undefined
            ? t('compare.overall')
            : t('compare.scope.village', { village: villageName(village.id) })}
        </h4>
        {village === undefined ? null : (
          <p class="rating-pair" data-testid="village-move">
            {t('compare.villageRating')}:{' '}
            {village.move === 'new' ? (
              <span class="muted">{t('compare.absent')}</span>
            ) : (
              <RatingBadge model={model} rating={village.ratingBefore} />
            )}{' '}
            <span aria-hidden="true">→</span>
            <span class="visually-hidden"> {t('compare.to')} </span>
            {village.move === 'missing' ? (
              <span class="muted">{t('compare.absent')}</span>
            ) : (
              <RatingBadge model={model} rating={village.ratingAfter} />
            )}{' '}
            <MoveLabel move={village.move} />
          </p>
        )}
        <SectionStats section={section} sides={sides} />
      </section>
      {village === undefined ? (
        <RatingMoves moves={report.overall.villages} idPrefix={idPrefix} />
      ) : null}
      <div class="comparison-grid">
        <TransitionMatrix
          transitions={section.transitions}
          model={model}
          sides={sides}
          idPrefix={idPrefix}
        />
        <StabilityChart stability={section.stability} sides={sides} idPrefix={idPrefix} />
      </div>
      {village === undefined ? (
        <VillageComparisons
          villages={report.villages}
          model={model}
          sides={sides}
          idPrefix={idPrefix}
          onShow={(index) => {
            setScope(index);
            document.getElementById(scopeId)?.focus();
          }}
        />
      ) : null}
      {village === undefined && report.townships !== undefined ? (
        <TownshipComparisonView
          townships={report.townships}
          county={report.county}
          model={model}
          sides={sides}
          idPrefix={idPrefix}
        />
      ) : null}
      {village === undefined && report.entities !== undefined ? (
        <EntityComparisonView
          comparison={report.entities}
          model={model}
          sides={sides}
          idPrefix={idPrefix}
        />
      ) : null}
      <CreditChanges
        key={scope}
        changes={changes}
        model={model}
        sides={sides}
        idPrefix={idPrefix}
      />
    </div>
  );
}
