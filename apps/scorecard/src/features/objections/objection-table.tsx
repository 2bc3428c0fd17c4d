import { useState } from 'preact/hooks';
import { Pager } from '../../components/pager';
import { ScrollArea } from '../../components/scroll-area';
import { useI18n } from '../../i18n/index';
import { groupCount, type Issue, type Model } from '../../lib/core-adapter';
import { DateText } from './display-date';
import { objectionIssueWords } from './objection-issue';
import {
  OBJECTION_STATUSES,
  type ObjectionStatus,
  type ObjectionsReport,
  type TrackedObjection,
} from './objections-core';
import type { EditOutcome } from './objections-page';
import { ResolveForm } from './resolve-form';
import { StatusBadge } from './status-badge';

const PAGE_SIZE = 50;

type Filter = 'all' | ObjectionStatus | 'errors';

/** One objection of the document: tracked by the core, or with the core's problems. */
type Row =
  | { readonly index: number; readonly tracked: TrackedObjection }
  | { readonly index: number; readonly issues: readonly Issue[] };

/** Props of {@link ObjectionTable}. */
export interface ObjectionTableProps {
  readonly model: Model;
  readonly report: ObjectionsReport;
  readonly today: string;
  /** Whether the register can be edited (a resolution entered). */
  readonly canEdit: boolean;
  readonly onResolve: (
    index: number,
    resolution: { readonly date: string; readonly outcome: string },
  ) => EditOutcome;
}

/**
 * Every objection of the register in its order: where it points, who filed it and when, its
 * re-review's due date and status, its resolution; or, for one the core could not count, each
 * problem. A pending or overdue objection's re-review result can be entered from its row.
 */
export function ObjectionTable({ model, report, today, canEdit, onResolve }: ObjectionTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(0);
  const [resolving, setResolving] = useState<number | null>(null);

  const rows: Row[] = [
    ...report.objections.map((tracked) => ({ index: tracked.index, tracked })),
    ...report.errors.map((e) => ({ index: e.index, issues: e.issues })),
  ].sort((a, b) => a.index - b.index);
  const shown = rows.filter((row) =>
    filter === 'all'
      ? true
      : filter === 'errors'
        ? 'issues' in row
        : 'tracked' in row && row.tracked.status === filter,
  );
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const slice = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  return (
    <section class="card" aria-labelledby="objections-table-title" data-testid="objections-table">
      <h3 id="objections-table-title">{t('objections.list')}</h3>
      <div class="table-tools">
        <div class="field">
          <label for="objections-filter">{t('objections.filter')}</label>
          <select
            id="objections-filter"
            value={filter}
            onChange={(event) => {
              setFilter(event.currentTarget.value as Filter);
              setPage(0);
            }}
          >
            <option value="all">{t('objections.filter.all')}</option>
            {OBJECTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`objections.status.${s}`)}
              </option>
            ))}
            <option value="errors">{t('objections.filter.errors')}</option>
          </select>
        </div>
        <p class="muted small">{t('objections.shown', { n: groupCount(shown.length) })}</p>
      </div>
      <ScrollArea label={t('objections.list')}>
        <table class="table compact objection-table">
          <thead>
            <tr>
              <th scope="col">{t('objections.col.n')}</th>
              <th scope="col">{t('objections.col.household')}</th>
              <th scope="col">{t('objections.col.by')}</th>
              <th scope="col">{t('objections.col.filed')}</th>
              <th scope="col">{t('objections.col.due')}</th>
              <th scope="col">{t('objections.col.status')}</th>
              <th scope="col">{t('objections.col.resolution')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('objections.col.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {slice.map((row) =>
              'issues' in row ? (
                <tr key={row.index} class="is-error" data-index={row.index}>
                  <th scope="row">{t('objections.nth', { n: row.index + 1 })}</th>
                  <td colSpan={7}>
                    <strong>{t('objections.withErrors')}</strong>
                    <ul class="issue-list">
                      {row.issues.map((issue, i) => {
                        const words = objectionIssueWords(issue, model, i18n);
                        return (
                          <li key={String(i)} data-code={issue.code}>
                            <span class="issue-field">{words.where}</span>
                            <span class="issue-sep">{i18n.lang === 'zh' ? '：' : ': '}</span>
                            <span class="issue-message">{words.what}</span>
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                </tr>
              ) : (
                <TrackedRow
                  key={row.index}
                  model={model}
                  tracked={row.tracked}
                  canResolve={
                    canEdit &&
                    row.tracked.resolution === undefined &&
                    (row.tracked.status === 'pending' || row.tracked.status === 'overdue')
                  }
                  resolving={resolving === row.index}
                  onResolving={(open) => setResolving(open ? row.index : null)}
                  today={today}
                  onResolve={(resolution) => {
                    const done = onResolve(row.index, resolution);
                    if (done.ok) setResolving(null);
                    return done;
                  }}
                />
              ),
            )}
          </tbody>
        </table>
      </ScrollArea>
      <Pager page={current} pageSize={PAGE_SIZE} total={shown.length} onPage={setPage} />
    </section>
  );
}

function TrackedRow({
  model,
  tracked: o,
  canResolve,
  resolving,
  onResolving,
  today,
  onResolve,
}: {
  readonly model: Model;
  readonly tracked: TrackedObjection;
  readonly canResolve: boolean;
  readonly resolving: boolean;
  readonly onResolving: (open: boolean) => void;
  readonly today: string;
  readonly onResolve: (resolution: {
    readonly date: string;
    readonly outcome: string;
  }) => EditOutcome;
}) {
  const { t } = useI18n();
  return (
    <>
      <tr data-index={o.index} data-status={o.status}>
        <th scope="row">{t('objections.nth', { n: o.index + 1 })}</th>
        <td data-label={t('objections.col.household')}>
          {o.village} / <strong>{o.household}</strong>
        </td>
        <td data-label={t('objections.col.by')}>{t(`objections.by.${o.by}`)}</td>
        <td data-label={t('objections.col.filed')}>
          <DateText iso={o.filed} />
        </td>
        <td data-label={t('objections.col.due')}>
          {o.due === null ? t('objections.noDue') : <DateText iso={o.due} />}
        </td>
        <td data-label={t('objections.col.status')}>
          <StatusBadge status={o.status} />
        </td>
        <td data-label={t('objections.col.resolution')}>
          {o.resolution === undefined ? (
            '—'
          ) : (
            <>
              {t(`objections.outcome.${o.resolution.outcome}`)} ·{' '}
              <DateText iso={o.resolution.date} />
            </>
          )}
        </td>
        <td>
          {canResolve ? (
            <button
              type="button"
              class="button button-small"
              aria-expanded={resolving}
              aria-label={t('objections.resolveLabel', {
                n: o.index + 1,
                household: o.household,
              })}
              onClick={() => onResolving(!resolving)}
            >
              {t('objections.resolve')}
            </button>
          ) : null}
        </td>
      </tr>
      {resolving ? (
        <tr class="resolve-row">
          <td colSpan={8}>
            <ResolveForm
              model={model}
              index={o.index}
              household={o.household}
              today={today}
              onResolve={onResolve}
              onCancel={() => onResolving(false)}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}
