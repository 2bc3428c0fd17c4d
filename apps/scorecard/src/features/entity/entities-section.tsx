import { useMemo } from 'preact/hooks';
import { codeAndName, useGradeName } from '../../components/grade-badge';
import { Money } from '../../components/money';
import { useI18n } from '../../i18n/index';
import { type EntitySummary, groupCount, idKey, type Model } from '../../lib/core-adapter';
import { gradeCodesOf, gradeTone } from '../../lib/model-view';
import type { BatchRun } from '../../worker/run-batch';
import { CountChart } from '../township/count-chart';
import { EntityErrors } from './entity-errors';
import { EntityTable } from './entity-table';

/**
 * 新型农业经营主体 in the village review: the batch's entity tallies (the core's summary), the
 * table of scored entities and the problems of the invalid ones.
 */
export function EntitiesSection({
  run,
  model,
  onOpen,
}: {
  readonly run: BatchRun;
  readonly model: Model;
  readonly onOpen?: ((index: number) => void) | undefined;
}) {
  const { t } = useI18n();
  const entities = run.entities ?? [];
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const township of run.townships?.townships ?? [])
      if (township.id !== null && township.name !== undefined && !map.has(idKey(township.id)))
        map.set(idKey(township.id), township.name);
    return map;
  }, [run]);
  const townshipName = useMemo(() => (id: string) => names.get(idKey(id)) ?? id, [names]);
  return (
    <section class="entities" aria-labelledby="entities-title" data-testid="entities">
      <h3 id="entities-title" class="section-title">
        {t('entities.title')}
      </h3>
      {run.summary.entities === undefined ? null : (
        <EntityTally summary={run.summary.entities} model={model} />
      )}
      <EntityTable entities={entities} model={model} townshipName={townshipName} onOpen={onOpen} />
      <EntityErrors entities={entities} model={model} onOpen={onOpen} />
    </section>
  );
}

function EntityTally({
  summary,
  model,
}: {
  readonly summary: EntitySummary;
  readonly model: Model;
}) {
  const { t } = useI18n();
  const gradeName = useGradeName(model);
  return (
    <>
      <section class="card" aria-labelledby="entity-summary-title" data-testid="entity-summary">
        <h4 id="entity-summary-title">{t('entities.summary')}</h4>
        <dl class="summary-stats">
          <div>
            <dt>{t('entities.scored')}</dt>
            <dd data-testid="entity-summary-scored">{groupCount(summary.entities)}</dd>
          </div>
          <div>
            <dt>{t('entities.invalid')}</dt>
            <dd data-testid="entity-summary-invalid">{groupCount(summary.invalid)}</dd>
          </div>
          <div>
            <dt>{t('entities.totalLimit')}</dt>
            <dd data-testid="entity-summary-limit">
              <Money value={summary.totalLimit} />
            </dd>
          </div>
          <div>
            <dt>{t('entities.totalGuaranteed')}</dt>
            <dd data-testid="entity-summary-guaranteed">
              <Money value={summary.totalGuaranteed} />
            </dd>
          </div>
          <div>
            <dt>{t('entities.byGrade')}</dt>
            <dd class="small">
              {Object.entries(summary.byGrade)
                .map(([grade, n]) => `${codeAndName(grade, gradeName(grade))} ${groupCount(n)}`)
                .join(' · ')}
            </dd>
          </div>
        </dl>
      </section>
      <CountChart
        id="entity-grade-chart"
        title={t('entities.chart')}
        keys={gradeCodesOf(model).map((code) => ({
          code,
          name: codeAndName(code, gradeName(code)),
          tone: gradeTone(model, code),
        }))}
        rows={[{ label: t('chart.overall'), counts: summary.byGrade }]}
        empty={t('entities.chartEmpty')}
      />
    </>
  );
}
