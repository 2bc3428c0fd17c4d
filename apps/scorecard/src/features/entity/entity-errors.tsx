import { useState } from 'preact/hooks';
import { Pager } from '../../components/pager';
import { ScrollArea } from '../../components/scroll-area';
import { useI18n } from '../../i18n/index';
import { groupCount, issueLine, type Model } from '../../lib/core-adapter';
import type { EntityRun } from '../../worker/run-batch';

const PAGE_SIZE = 50;

/**
 * Every problem of every invalid entity record, in the clerk's words (`issueLine` with the
 * entity's field names and the model's labels): its position among the batch's entities
 * (counted from 1), its id and line when it has them, and what is wrong. The first row of a
 * record opens it in the entity scorecard, to see each problem at its field.
 */
export function EntityErrors({
  entities,
  model,
  onOpen,
}: {
  readonly entities: readonly EntityRun[];
  readonly model: Model;
  readonly onOpen?: ((index: number) => void) | undefined;
}) {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(0);
  const rows = entities.flatMap((entity, index) => {
    const { outcome } = entity;
    if (outcome.ok) return [];
    const { error } = outcome;
    return error.issues.map((issue, i) => ({ index, entity, error, issue, first: i === 0 }));
  });
  const invalid = entities.filter((e) => !e.outcome.ok).length;
  return (
    <section
      class="card bad-records"
      aria-labelledby="entity-errors-title"
      data-testid="entity-errors"
    >
      <h4 id="entity-errors-title">{t('entities.errors')}</h4>
      {rows.length === 0 ? (
        <p class="muted">{t('entities.errorsNone')}</p>
      ) : (
        <>
          <p data-testid="entity-errors-count">
            {t('entities.errorsCount', { n: groupCount(invalid), issues: groupCount(rows.length) })}
          </p>
          <ScrollArea label={t('entities.errors')}>
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('entities.col.record')}</th>
                  <th scope="col">{t('errors.col.message')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((row, i) => (
                  <tr key={`${page}:${i}`} data-entity={row.error.id ?? ''}>
                    <td>
                      {t('errors.index', { n: groupCount(row.index + 1) })}
                      {row.error.id === undefined ? null : (
                        <>
                          {' '}
                          <span class="code">{row.error.id}</span>
                        </>
                      )}
                      {row.entity.line === null ? null : (
                        <span class="muted small">
                          {' '}
                          · {t('villages.line', { n: row.entity.line })}
                        </span>
                      )}
                      {row.first && onOpen !== undefined && row.entity.source !== null ? (
                        <>
                          {' '}
                          <button type="button" class="link" onClick={() => onOpen(row.index)}>
                            {t('action.open.record')}
                          </button>
                        </>
                      ) : null}
                    </td>
                    <td>{issueLine(row.issue, { lang, model, record: 'entity' })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
          <Pager page={page} pageSize={PAGE_SIZE} total={rows.length} onPage={setPage} />
        </>
      )}
    </section>
  );
}
