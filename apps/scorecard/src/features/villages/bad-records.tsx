import { useMemo, useState } from 'preact/hooks';
import { Pager } from '../../components/pager';
import { ScrollArea } from '../../components/scroll-area';
import { useI18n } from '../../i18n/index';
import { useIssueWords } from '../../i18n/issue-words';
import {
  fieldKey,
  groupCount,
  type Issue,
  type Model,
  type RecordError,
} from '../../lib/core-adapter';
import type { VillageRun } from '../../worker/run-batch';
import { batchCounts } from './batch-counts';
import { villageName } from './village-name';

const PAGE_SIZE = 50;

/** Props of {@link BadRecords}. */
export interface BadRecordsProps {
  readonly villages: readonly VillageRun[];
  readonly model: Model;
  /** Opens an invalid household record in the form, to see and fix its fields. */
  readonly onOpen: (villageIndex: number, error: RecordError) => void;
}

interface Row {
  readonly villageIndex: number;
  readonly village: string;
  readonly error: RecordError;
  readonly issue: Issue;
  readonly first: boolean;
}

/**
 * Every problem of every bad record: village, household (its position, counted from 1, and id),
 * the field by its name (and its path, for whoever fixes the file) and what is wrong, in the
 * UI's language. Counted as the summary counts them.
 */
export function BadRecords({ villages, model, onOpen }: BadRecordsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const words = useIssueWords(model);
  const [page, setPage] = useState(0);
  const rows = useMemo(() => {
    const list: Row[] = [];
    villages.forEach((village, villageIndex) => {
      const name = villageName(village, i18n);
      for (const error of village.result.errors) {
        error.issues.forEach((issue, i) => {
          list.push({ villageIndex, village: name, error, issue, first: i === 0 });
        });
      }
    });
    return list;
  }, [villages, i18n]);
  const counts = useMemo(() => batchCounts(villages), [villages]);
  return (
    <section class="card bad-records" aria-labelledby="bad-records-title" data-testid="bad-records">
      <h3 id="bad-records-title">{t('errors.title')}</h3>
      {rows.length === 0 ? (
        <p class="muted">{t('errors.none')}</p>
      ) : (
        <>
          <p data-testid="bad-records-count">
            {t('errors.count', {
              invalid: groupCount(counts.invalid),
              notEvaluated: groupCount(counts.notEvaluated),
              villages: groupCount(counts.villageProblems),
            })}
          </p>
          <ScrollArea label={t('errors.title')}>
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('errors.col.village')}</th>
                  <th scope="col">{t('errors.col.household')}</th>
                  <th scope="col">{t('errors.col.field')}</th>
                  <th scope="col">{t('errors.col.message')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((row, i) => {
                  const { error, issue } = row;
                  const record = error.index === undefined ? 'village' : 'household';
                  // Whether the record was sent (without reading the village's records back: a page of
                  // bad records may name hundreds of villages).
                  const source = villages[row.villageIndex];
                  const canOpen =
                    error.index !== undefined &&
                    source?.source != null &&
                    error.index < source.result.counts.collected;
                  return (
                    <tr key={`${page}:${i}`} data-household={error.id ?? ''}>
                      <td>{row.village}</td>
                      <td>
                        {error.index === undefined ? (
                          <span class="muted">{t('errors.villageLevel')}</span>
                        ) : (
                          <>
                            {t('errors.index', { n: groupCount(error.index + 1) })}
                            {error.id === undefined ? null : (
                              <>
                                {' '}
                                <span class="code">{error.id}</span>
                              </>
                            )}
                            {canOpen && row.first ? (
                              <>
                                {' '}
                                <button
                                  type="button"
                                  class="link"
                                  onClick={() => onOpen(row.villageIndex, error)}
                                >
                                  {t('action.open.record')}
                                </button>
                              </>
                            ) : null}
                          </>
                        )}
                      </td>
                      <td>
                        {issue.path.length === 0 ? (
                          <span class="muted">{words.field(issue.path, record)}</span>
                        ) : (
                          <>
                            {words.field(issue.path, record)}
                            <br />
                            <code class="path">{fieldKey(issue.path)}</code>
                          </>
                        )}
                      </td>
                      <td>{words.message(issue, record)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollArea>
          <Pager page={page} pageSize={PAGE_SIZE} total={rows.length} onPage={setPage} />
        </>
      )}
    </section>
  );
}
