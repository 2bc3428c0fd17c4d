import { useMemo, useState } from 'preact/hooks';
import { Pager } from '../../components/pager';
import { fieldName } from '../../i18n/field-name';
import { useI18n } from '../../i18n/index';
import { fieldKey, type Issue, type Model, type RecordError } from '../../lib/core-adapter';
import type { VillageRun } from '../../worker/run-batch';
import { villageName } from './village-name';

const PAGE_SIZE = 200;

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

/** Every problem of every bad record: village, household (index and id), field path, message. */
export function BadRecords({ villages, model, onOpen }: BadRecordsProps) {
  const i18n = useI18n();
  const { t } = i18n;
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
  const records = villages.reduce((sum, v) => sum + v.result.errors.length, 0);
  return (
    <section class="card bad-records" aria-labelledby="bad-records-title" data-testid="bad-records">
      <h3 id="bad-records-title">{t('errors.title')}</h3>
      {rows.length === 0 ? (
        <p class="muted">{t('errors.none')}</p>
      ) : (
        <>
          <p>{t('errors.count', { n: records })}</p>
          <div class="table-scroll">
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
                  const canOpen =
                    error.index !== undefined &&
                    villages[row.villageIndex]?.records?.[error.index] !== undefined;
                  return (
                    <tr key={`${page}:${i}`} data-household={error.id ?? ''}>
                      <td>{row.village}</td>
                      <td>
                        {error.index === undefined ? (
                          <span class="muted">{t('errors.villageLevel')}</span>
                        ) : (
                          <>
                            {t('errors.index', { n: error.index + 1, index: error.index })}
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
                        {fieldName(issue.path, i18n, model)}
                        <br />
                        <code>{fieldKey(issue.path)}</code>
                      </td>
                      <td lang="en">{issue.message}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageSize={PAGE_SIZE} total={rows.length} onPage={setPage} />
        </>
      )}
    </section>
  );
}
