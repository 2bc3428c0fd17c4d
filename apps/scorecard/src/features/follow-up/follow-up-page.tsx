import { useMemo, useState } from 'preact/hooks';
import { FileButton } from '../../components/file-button';
import { InternalError } from '../../components/internal-error';
import { IssueText } from '../../components/issue-text';
import { useI18n } from '../../i18n/index';
import {
  ENTITY_FUNNEL_LABELS,
  type EntityFunnel,
  type FollowUpReport,
  groupCount,
  HOUSEHOLD_FUNNEL_LABELS,
  type HouseholdFollowUp,
  type HouseholdFunnel,
  type Model,
} from '../../lib/core-adapter';
import { safeFileName } from '../../lib/download';
import { formatMoney } from '../../lib/money';
import type { FollowUpOutcome } from '../../worker/follow-up-job';

/** A word in both languages, as the core's follow-up labels give them. */
type Label = Readonly<Record<'zh' | 'en', string>>;

import type { BatchStatus } from '../villages/use-batch';
import { ExceptionsPanel } from './exceptions-panel';
import { FunnelChart, type FunnelStage } from './funnel-chart';
import { type GroupRow, GroupTable } from './group-table';
import { LendersTable } from './lenders-table';
import { MetricList } from './metric-list';
import { RateChart } from './rate-chart';
import type { FollowUpController } from './use-follow-up';
import './follow-up.css';

/** Props of {@link FollowUpPage}. */
export interface FollowUpPageProps {
  readonly model: Model;
  readonly followUp: FollowUpController;
  /** The village review's batch: its results can be used without a file. */
  readonly batch: BatchStatus;
}

/** Whose funnel is shown: the county, a township or a village (by its place in the report). */
type Scope =
  | { readonly kind: 'county' }
  | { readonly kind: 'township' | 'village'; readonly index: number };

/** At most this many villages are drawn in the rate chart (the table lists them all). */
const CHARTED_VILLAGES = 40;

/**
 * 授信跟踪: a bank's credit ledger (授信台账) against the results (docs/model.md §17), as the
 * `follow-up` command reports it: the ledger's lines accounted; the funnel from registered to
 * drawing of the county, a township or a village, with the four metrics; coverage and use rate
 * by township; the townships and villages; the entities; each lender; and the exceptions with
 * the lenders' CSV, then the lines with errors. Every count, sum and ratio is the core's.
 */
export function FollowUpPage({ model, followUp, batch }: FollowUpPageProps) {
  const { t } = useI18n();
  const { results, ledger, status } = followUp;
  const outcome: FollowUpOutcome | null = status.state === 'done' ? status.outcome : null;

  return (
    <div class="follow-up-page">
      <h2>{t('followUp.title')}</h2>
      <p class="muted">{t('followUp.intro')}</p>

      <div class="follow-up-inputs">
        <section class="card" aria-labelledby="follow-up-results-title">
          <h3 id="follow-up-results-title">{t('followUp.results')}</h3>
          <div class="toolbar">
            <FileButton
              id="follow-up-results-file"
              label={t('followUp.openResults')}
              accept=".json,.ndjson,.jsonl,application/json,application/x-ndjson"
              onFile={(file) => followUp.chooseResults(file)}
            />
            {batch.state === 'done' ? (
              <button
                type="button"
                class="button"
                data-testid="follow-up-use-batch"
                onClick={() => void followUp.useBatch(batch.run)}
              >
                {t('followUp.useBatch', { file: batch.run.fileName })}
              </button>
            ) : null}
          </div>
          <p class="small muted" data-testid="follow-up-results-chosen">
            {results === null
              ? t('followUp.noResults')
              : t(results.from === 'batch' ? 'followUp.resultsBatch' : 'followUp.resultsFile', {
                  file: results.name,
                })}
          </p>
        </section>
        <section class="card" aria-labelledby="follow-up-ledger-title">
          <h3 id="follow-up-ledger-title">{t('followUp.ledger')}</h3>
          <div class="toolbar">
            <FileButton
              id="follow-up-ledger-file"
              label={t('followUp.openLedger')}
              accept=".json,application/json"
              onFile={(file) => followUp.chooseLedger(file)}
            />
          </div>
          <p class="small muted" data-testid="follow-up-ledger-chosen">
            {ledger === null
              ? t('followUp.noLedger')
              : t('followUp.ledgerFile', { file: ledger.name })}
          </p>
        </section>
      </div>

      {status.state === 'running' ? (
        <p class="muted" role="status" data-testid="follow-up-running">
          {t('followUp.running')}
        </p>
      ) : status.state === 'failed' ? (
        <InternalError error={status.error} />
      ) : outcome === null ? (
        <p class="muted" data-testid="follow-up-waiting">
          {t('followUp.waiting')}
        </p>
      ) : !outcome.ok ? (
        <div class="notice notice-warn" role="alert" data-testid="follow-up-file-failed">
          <strong>{t('followUp.fileFailed', { file: outcome.name })}</strong>
          <ul class="issue-list">
            {outcome.issues.map((issue, index) => (
              <li key={String(index)}>
                <IssueText
                  issue={issue}
                  model={model}
                  record={outcome.side === 'ledger' ? 'ledger' : 'result'}
                />
              </li>
            ))}
          </ul>
          {outcome.more > 0 ? (
            <p class="muted small">{t('followUp.more', { n: groupCount(outcome.more) })}</p>
          ) : null}
        </div>
      ) : (
        <FollowUpReportView
          report={outcome.report}
          model={model}
          csvName={`${safeFileName((ledger?.name ?? 'ledger').replace(/\.json$/i, ''), 'ledger')}-exceptions.csv`}
        />
      )}
    </div>
  );
}

/** The report, once both files are read. */
function FollowUpReportView({
  report,
  model,
  csvName,
}: {
  readonly report: FollowUpReport;
  readonly model: Model;
  readonly csvName: string;
}) {
  const { t, lang } = useI18n();
  // The scope belongs to the report it was chosen in: a new report starts at the county.
  const funnelStages = useFunnelStages();
  const [chosen, setChosen] = useState<{ report: FollowUpReport; scope: Scope } | null>(null);
  const scope: Scope = chosen?.report === report ? chosen.scope : { kind: 'county' };
  const setScope = (next: Scope) => setChosen({ report, scope: next });
  const townships = report.townships ?? [];
  const name = (id: string | null) => id ?? t('followUp.noId');
  const townshipRows: GroupRow[] = useMemo(
    () => townships.map((g, index) => ({ index, id: g.id, label: name(g.id), group: g })),
    [report, lang],
  );
  const villageRows: GroupRow[] = useMemo(
    () => report.villages.map((g, index) => ({ index, id: g.id, label: name(g.id), group: g })),
    [report, lang],
  );

  const scoped = scopedGroup(report, scope, t('followUp.noId'));
  const current = scoped ?? { title: t('followUp.county'), group: report.county };
  const scopeTitle =
    scoped === null
      ? t('followUp.county')
      : scope.kind === 'township'
        ? t('followUp.township', { id: current.title })
        : t('followUp.village', { id: current.title });
  const householdStages = funnelStages(HOUSEHOLD_FUNNEL_LABELS, current.group.funnel, (stage, n) =>
    t('followUp.stage', { stage, count: groupCount(n) }),
  );
  const entityStages = funnelStages(ENTITY_FUNNEL_LABELS, report.entities.funnel, (stage, n) =>
    t('followUp.entityStage', { stage, count: groupCount(n) }),
  );
  const { summary } = report;
  const chartVillages = villageRows.slice(0, CHARTED_VILLAGES);

  return (
    <>
      <section
        class="card"
        aria-labelledby="follow-up-summary-title"
        data-testid="follow-up-summary"
      >
        <h3 id="follow-up-summary-title">{t('followUp.summary')}</h3>
        <dl class="follow-up-facts">
          <div>
            <dt>{t('followUp.asOf')}</dt>
            <dd data-testid="follow-up-as-of">{report.asOf}</dd>
          </div>
          <div>
            <dt>{t('followUp.model')}</dt>
            <dd>
              {t('followUp.modelValue', { id: report.model.id, version: report.model.version })}
            </dd>
          </div>
          {(
            [
              ['lines', 'followUp.lines', summary.lines],
              ['active', 'followUp.active', summary.active],
              ['expired', 'followUp.expired', summary.expired],
              ['errors', 'followUp.errors', summary.errors],
              ['overLimit', 'followUp.overLimit', summary.overLimit],
            ] as const
          ).map(([key, label, n]) => (
            <div key={key}>
              <dt>{t(label)}</dt>
              <dd data-summary={key}>
                {t(key === 'overLimit' ? 'followUp.subjectUnit' : 'followUp.countUnit', {
                  n: groupCount(n),
                })}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section class="card" aria-labelledby="follow-up-funnel-title" data-testid="follow-up-funnel">
        <h3 id="follow-up-funnel-title">{t('followUp.funnel')}</h3>
        {townships.length > 0 ? (
          <div class="field">
            <label for="follow-up-scope">{t('followUp.scope')}</label>
            <select
              id="follow-up-scope"
              value={
                scope.kind === 'village'
                  ? ''
                  : scope.kind === 'county'
                    ? 'county'
                    : String(scope.index)
              }
              onChange={(event) => {
                const value = event.currentTarget.value;
                setScope(
                  value === 'county'
                    ? { kind: 'county' }
                    : { kind: 'township', index: Number(value) },
                );
              }}
            >
              <option value="county">{t('followUp.county')}</option>
              {townshipRows.map((row) => (
                <option key={row.index} value={String(row.index)}>
                  {t('followUp.township', { id: row.label })}
                </option>
              ))}
              {scope.kind === 'village' ? <option value="">{scopeTitle}</option> : null}
            </select>
          </div>
        ) : null}
        <div class="follow-up-scope" data-scope={scope.kind}>
          <FunnelChart
            id="follow-up-household-funnel"
            title={t('followUp.funnelOf', { scope: scopeTitle })}
            stages={householdStages}
          />
          <div>
            <MetricList metrics={current.group.metrics} testId="follow-up-metrics" />
            <Sums group={current.group} />
          </div>
        </div>
      </section>

      {townshipRows.length > 0 ? (
        <RateChart
          id="follow-up-township-rates"
          title={t('followUp.ratesOf')}
          rows={townshipRows.map((row) => ({ label: row.label, metrics: row.group.metrics }))}
        />
      ) : chartVillages.length > 0 ? (
        <>
          <RateChart
            id="follow-up-village-rates"
            title={t('followUp.ratesVillages')}
            rows={chartVillages.map((row) => ({ label: row.label, metrics: row.group.metrics }))}
          />
          {villageRows.length > CHARTED_VILLAGES ? (
            <p class="muted small">{t('followUp.ratesFirst', { n: CHARTED_VILLAGES })}</p>
          ) : null}
        </>
      ) : null}

      {townshipRows.length > 0 ? (
        <GroupTable
          id="follow-up-townships"
          title={t('followUp.townships')}
          rows={townshipRows}
          searchable={false}
          shown={scope.kind === 'township' ? scope.index : null}
          onShow={(row) => setScope({ kind: 'township', index: row.index })}
        />
      ) : null}
      <GroupTable
        id="follow-up-villages"
        title={t('followUp.villages')}
        rows={villageRows}
        searchable
        shown={scope.kind === 'village' ? scope.index : null}
        onShow={(row) => {
          setScope({ kind: 'village', index: row.index });
          document.getElementById('follow-up-funnel-title')?.scrollIntoView({ block: 'start' });
        }}
      />

      <section
        class="card"
        aria-labelledby="follow-up-entities-title"
        data-testid="follow-up-entities"
      >
        <h3 id="follow-up-entities-title">{t('followUp.entities')}</h3>
        <div class="follow-up-scope">
          <FunnelChart
            id="follow-up-entity-funnel"
            title={t('followUp.entitiesFunnel')}
            stages={entityStages}
          />
          <div>
            <MetricList
              metrics={report.entities.metrics}
              entities
              testId="follow-up-entity-metrics"
            />
            <Sums group={report.entities} />
          </div>
        </div>
      </section>

      <LendersTable lenders={report.lenders} />
      <ExceptionsPanel report={report} model={model} csvName={csvName} />
    </>
  );
}

/** A funnel's stages in the core's order and words, each with its count and its words. */
function useFunnelStages() {
  const { lang } = useI18n();
  return <F extends HouseholdFunnel | EntityFunnel>(
    labels: Readonly<Record<keyof F & string, Label>>,
    funnel: F,
    words: (stage: string, count: number) => string,
  ): FunnelStage[] =>
    (Object.keys(labels) as (keyof F & string)[]).map((id) => {
      const name = labels[id][lang];
      const count = funnel[id] as number;
      return { id, name, count, words: words(name, count) };
    });
}

/** A group's Σ granted and Σ used of its active lines. */
function Sums({ group }: { readonly group: Pick<HouseholdFollowUp, 'granted' | 'used'> }) {
  const { t } = useI18n();
  return (
    <dl class="follow-up-sums">
      <div>
        <dt>{t('followUp.grantedSum')}</dt>
        <dd data-sum="granted">{t('followUp.yuan', { amount: formatMoney(group.granted) })}</dd>
      </div>
      <div>
        <dt>{t('followUp.usedSum')}</dt>
        <dd data-sum="used">{t('followUp.yuan', { amount: formatMoney(group.used) })}</dd>
      </div>
    </dl>
  );
}

/** The township or village a scope names, with its name; `null` for the county. */
function scopedGroup(
  report: FollowUpReport,
  scope: Scope,
  noId: string,
): { readonly title: string; readonly group: HouseholdFollowUp } | null {
  if (scope.kind === 'county') return null;
  const group =
    scope.kind === 'township' ? report.townships?.[scope.index] : report.villages[scope.index];
  return group === undefined ? null : { title: group.id ?? noId, group };
}
