import { useI18n } from '../../i18n/index';
import { groupCount } from '../../lib/core-adapter';
import { DateText } from './display-date';
import {
  OBJECTION_STATUSES,
  type ObjectionsReport,
  type TrackedObjection,
} from './objections-core';
import { StatusBadge } from './status-badge';

/** Pending objections by due date, then position (as the command lists them). */
function byDue(list: readonly TrackedObjection[]): TrackedObjection[] {
  return [...list].sort((a, b) => (a.due ?? '').localeCompare(b.due ?? '') || a.index - b.index);
}

/**
 * The head of the objections report, as the `objections` command prints it: the notice period
 * and the day tracked, the objections by status, what is due this week (pending, due by
 * Sunday) and what is overdue. Villages, households and dates only: never the grounds.
 */
export function ObjectionsSummary({ report }: { readonly report: ObjectionsReport }) {
  const { t } = useI18n();
  const { notice, week, summary } = report;
  const pending = report.objections.filter((o) => o.status === 'pending' && o.due !== null);
  // ISO dates compare as text: what the core dated by Sunday of this week.
  const thisWeek = byDue(pending.filter((o) => (o.due ?? '') <= week.to));
  const later = pending.length - thisWeek.length;
  const overdue = byDue(report.objections.filter((o) => o.status === 'overdue'));
  return (
    <section
      class="card objections-summary"
      aria-labelledby="objections-summary-title"
      data-testid="objections-summary"
    >
      <h3 id="objections-summary-title">{t('objections.summary')}</h3>
      <p data-testid="objections-period">
        {t('objections.period')}
        <DateText iso={notice.from} />
        {t('objections.to')}
        <DateText iso={notice.to} />
        {t('objections.days', { n: notice.days })}
      </p>
      <p>
        {t('objections.asOf')}
        <DateText iso={report.today} />
        {t('objections.weekOpen')}
        <DateText iso={week.from} />
        {t('objections.to')}
        <DateText iso={week.to} />
        {t('objections.weekClose')}
      </p>
      <dl class="status-counts" data-testid="objections-counts">
        <div>
          <dt>{t('objections.count.all')}</dt>
          <dd data-status="all">{groupCount(summary.objections)}</dd>
        </div>
        {OBJECTION_STATUSES.map((status) => (
          <div key={status}>
            <dt>
              <StatusBadge status={status} />
            </dt>
            <dd data-status={status}>{groupCount(summary.byStatus[status])}</dd>
          </div>
        ))}
        <div>
          <dt>{t('objections.count.errors')}</dt>
          <dd data-status="errors">{groupCount(summary.errors)}</dd>
        </div>
        <div>
          <dt>{t('objections.count.held')}</dt>
          <dd data-status="held">{groupCount(summary.held)}</dd>
        </div>
      </dl>
      <div class="due-lists">
        <section aria-labelledby="objections-week-title">
          <h4 id="objections-week-title">
            {t('objections.dueThisWeek')}
            <DateText iso={week.to} />
            {t('objections.dueThisWeekClose')}
          </h4>
          <DueList list={thisWeek} testId="objections-due-week" />
          {later > 0 ? (
            <p class="muted small">{t('objections.dueLater', { n: groupCount(later) })}</p>
          ) : null}
        </section>
        <section aria-labelledby="objections-overdue-title">
          <h4 id="objections-overdue-title">{t('objections.overdue')}</h4>
          <DueList list={overdue} testId="objections-overdue" />
        </section>
      </div>
    </section>
  );
}

function DueList({
  list,
  testId,
}: {
  readonly list: readonly TrackedObjection[];
  readonly testId: string;
}) {
  const { t } = useI18n();
  if (list.length === 0)
    return (
      <p class="muted small" data-testid={testId}>
        {t('objections.none')}
      </p>
    );
  return (
    <ul class="due-list" data-testid={testId}>
      {list.map((o) => (
        <li key={o.index} data-index={o.index}>
          <strong>
            <DateText iso={o.due ?? ''} />
          </strong>{' '}
          {o.village} / {o.household}{' '}
          <span class="muted small">
            {t('objections.nth', { n: o.index + 1 })} · {t('objections.filedOn')}
            <DateText iso={o.filed} />
          </span>
        </li>
      ))}
    </ul>
  );
}
