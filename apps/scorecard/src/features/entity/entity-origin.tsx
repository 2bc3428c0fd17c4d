import { OriginCard } from '../../components/origin-card';
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
    <OriginCard
      titleId="entity-origin-title"
      testId="entity-origin"
      from={
        <>
          {t('entity.origin.from', {
            file: origin.file,
            index: origin.index + 1,
            year: origin.evalYear ?? '—',
          })}
          {origin.line === null ? null : <> · {t('villages.line', { n: origin.line })}</>}
        </>
      }
      invalid={origin.result === null ? (origin.issues ?? []) : null}
      model={model}
      record="entity"
    >
      {origin.result === null ? null : (
        <EntityHeadline result={origin.result} model={model} prefix="origin" />
      )}
    </OriginCard>
  );
}
