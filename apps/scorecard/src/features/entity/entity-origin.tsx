import { IssueText } from '../../components/issue-text';
import { useI18n } from '../../i18n/index';
import type { Model } from '../../lib/core-adapter';
import { EntityHeadline } from './entity-headline';
import type { EntityOrigin } from './entity-state';

/** The batch result of an entity opened from the village review, read-only. */
export function EntityOriginPanel({
  origin,
  model,
}: {
  readonly origin: EntityOrigin;
  readonly model: Model;
}) {
  const { t } = useI18n();
  return (
    <section
      class="card batch-origin screen-only"
      aria-labelledby="entity-origin-title"
      data-testid="entity-origin"
    >
      <h2 id="entity-origin-title">{t('result.readonly')}</h2>
      <p class="muted">
        {t('entity.origin.from', {
          file: origin.file,
          index: origin.index + 1,
          year: origin.evalYear ?? '—',
        })}
        {origin.line === null ? null : <> · {t('villages.line', { n: origin.line })}</>}
      </p>
      {origin.result === null ? (
        <>
          <p>{t('result.readonlyInvalid')}</p>
          <ul class="issue-list">
            {(origin.issues ?? []).map((issue) => (
              <li key={`${issue.code}:${issue.message}`}>
                <IssueText issue={issue} model={model} record="entity" />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <EntityHeadline result={origin.result} model={model} prefix="origin" />
      )}
    </section>
  );
}
