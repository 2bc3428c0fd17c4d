import { useMemo, useState } from 'preact/hooks';
import { IssueText } from '../../components/issue-text';
import { Pager } from '../../components/pager';
import { ScrollArea } from '../../components/scroll-area';
import { useI18n } from '../../i18n/index';
import {
  EXCEPTION_KIND_LABELS,
  type FollowUpException,
  type FollowUpExceptionKind,
  type FollowUpReport,
  followUpExceptionsCsv,
  groupCount,
  type Model,
  overLimitExcess,
} from '../../lib/core-adapter';
import { downloadText } from '../../lib/download';
import { formatMoney } from '../../lib/money';

const KINDS: readonly FollowUpExceptionKind[] = ['overLimit', 'unknownSubject', 'invalidSubject'];
const PAGE_SIZE = 50;

/** An exception's subject in words: `村 t1-v02 户 t1-v02-h2`, `经营主体 FF1`. */
function useSubject() {
  const { t } = useI18n();
  return (e: FollowUpException) =>
    'entity' in e
      ? t('followUp.entitySubject', { entity: e.entity })
      : t('followUp.householdSubject', { village: e.village, household: e.household });
}

/**
 * The exceptions of the follow-up (超额授信, 查无此对象, 评定记录无效), by ledger line, filtered
 * by kind and paged, with the lenders' CSV (the core's `followUpExceptionsCsv`: every exception,
 * in the page's language); then the ledger lines with errors, each problem in the clerk's words.
 * Ids and amounts only: the report holds no name.
 */
export function ExceptionsPanel({
  report,
  model,
  csvName,
}: {
  readonly report: FollowUpReport;
  readonly model: Model;
  /** The CSV's file name. */
  readonly csvName: string;
}) {
  const { t, lang } = useI18n();
  const subject = useSubject();
  const [kind, setKind] = useState<FollowUpExceptionKind | ''>('');
  const [page, setPage] = useState(0);
  const [errorPage, setErrorPage] = useState(0);
  const listed = useMemo(
    () => (kind === '' ? report.exceptions : report.exceptions.filter((e) => e.kind === kind)),
    [report, kind],
  );
  const current = Math.min(page, Math.max(0, Math.ceil(listed.length / PAGE_SIZE) - 1));
  const visible = listed.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const counts: Record<FollowUpExceptionKind, number> = {
    overLimit: report.summary.overLimit,
    unknownSubject: report.summary.unknownSubject,
    invalidSubject: report.summary.invalidSubject,
  };
  const errors = report.errors.slice(errorPage * PAGE_SIZE, (errorPage + 1) * PAGE_SIZE);
  const yuan = (amount: string) => formatMoney(amount);

  return (
    <>
      <section
        class="card"
        aria-labelledby="follow-up-exceptions-title"
        data-testid="follow-up-exceptions"
      >
        <h3 id="follow-up-exceptions-title">
          {t('followUp.exceptionsCount', { n: groupCount(report.exceptions.length) })}
        </h3>
        <ul class="kind-counts" data-testid="follow-up-exception-counts">
          {KINDS.map((k) => (
            <li key={k} data-kind={k}>
              {EXCEPTION_KIND_LABELS[k][lang]} <strong>{groupCount(counts[k])}</strong>
            </li>
          ))}
        </ul>
        <div class="table-tools">
          <div class="field">
            <label for="follow-up-kind">{t('followUp.kind')}</label>
            <select
              id="follow-up-kind"
              value={kind}
              onChange={(event) => {
                setKind(event.currentTarget.value as FollowUpExceptionKind | '');
                setPage(0);
              }}
            >
              <option value="">{t('followUp.allKinds')}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {EXCEPTION_KIND_LABELS[k][lang]}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            class="button"
            data-testid="follow-up-csv"
            disabled={report.exceptions.length === 0}
            onClick={() =>
              downloadText(
                csvName,
                followUpExceptionsCsv(report.exceptions, { lang }),
                'text/csv;charset=utf-8',
              )
            }
          >
            {t('followUp.csv')}
          </button>
        </div>
        <p class="muted small">{t('followUp.lineNote')}</p>
        {visible.length === 0 ? (
          <p class="muted">{t('followUp.noExceptions')}</p>
        ) : (
          <ScrollArea label={t('followUp.exceptions')}>
            <table class="table follow-up-exceptions">
              <thead>
                <tr>
                  <th scope="col" class="num">
                    {t('followUp.line')}
                  </th>
                  <th scope="col">{t('followUp.kind')}</th>
                  <th scope="col">{t('followUp.subject')}</th>
                  <th scope="col">{t('followUp.detail')}</th>
                  <th scope="col">{t('followUp.lendersOf')}</th>
                </tr>
              </thead>
              <tbody>
                {visible.map((e) => (
                  <tr key={`${e.kind}:${e.line}`} data-line={e.line} data-kind={e.kind}>
                    <td class="num">#{e.line}</td>
                    <td>
                      <span class={`badge exception-${e.kind}`}>
                        {EXCEPTION_KIND_LABELS[e.kind][lang]}
                      </span>
                    </td>
                    <th scope="row">{subject(e)}</th>
                    <td>
                      {e.kind === 'overLimit'
                        ? t('followUp.overDetail', {
                            granted: yuan(e.granted),
                            limit: yuan(e.limit),
                            over: yuan(overLimitExcess(e)),
                          })
                        : t(
                            e.kind === 'unknownSubject'
                              ? 'followUp.unknownDetail'
                              : 'followUp.invalidDetail',
                            { granted: yuan(e.granted), used: yuan(e.used) },
                          )}
                    </td>
                    <td>
                      {e.kind === 'overLimit'
                        ? e.lenders
                            .map((s) =>
                              t('followUp.share', { lender: s.lender, granted: yuan(s.granted) }),
                            )
                            .join(lang === 'zh' ? '；' : '; ')
                        : e.lender}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        )}
        <Pager page={current} pageSize={PAGE_SIZE} total={listed.length} onPage={setPage} />
      </section>

      <section class="card" aria-labelledby="follow-up-errors-title" data-testid="follow-up-errors">
        <h3 id="follow-up-errors-title">
          {t('followUp.badLines')}{' '}
          <span class="muted small">({groupCount(report.errors.length)})</span>
        </h3>
        {report.errors.length === 0 ? (
          <p class="muted">{t('followUp.noBadLines')}</p>
        ) : (
          <>
            <p class="muted small">{t('followUp.badLinesNote')}</p>
            <ul class="issue-list">
              {errors.flatMap((error) =>
                error.issues.map((issue, i) => (
                  <li key={`${error.index}:${i}`} data-index={error.index}>
                    <span class="issue-line">{t('followUp.badLine', { index: error.index })}</span>{' '}
                    <IssueText issue={issue} model={model} record="ledgerLine" />
                  </li>
                )),
              )}
            </ul>
            <Pager
              page={errorPage}
              pageSize={PAGE_SIZE}
              total={report.errors.length}
              onPage={setErrorPage}
            />
          </>
        )}
      </section>
    </>
  );
}
