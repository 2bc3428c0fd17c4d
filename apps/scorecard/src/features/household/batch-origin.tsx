import { IssueText } from '../../components/issue-text';
import { useI18n } from '../../i18n/index';
import type { Model } from '../../lib/core-adapter';
import { AssetsTable } from './assets-table';
import { GradeSummary } from './grade-summary';
import type { BatchOrigin } from './household-state';
import { ScoreComponents } from './score-components';

/** The batch result of a household opened from the village review, read-only. */
export function BatchOriginPanel({
  origin,
  model,
}: {
  readonly origin: BatchOrigin;
  readonly model: Model;
}) {
  const { t } = useI18n();
  return (
    <section
      class="card batch-origin screen-only"
      aria-labelledby="origin-title"
      data-testid="batch-origin"
    >
      <h2 id="origin-title">{t('result.readonly')}</h2>
      <p class="muted">
        {t('result.readonlyFrom', {
          village: origin.village,
          index: origin.index === null ? '—' : origin.index + 1,
          year: origin.evalYear ?? '—',
        })}
      </p>
      {origin.result === null ? (
        <>
          <p>{t('result.readonlyInvalid')}</p>
          <ul class="issue-list">
            {(origin.issues ?? []).map((issue) => (
              <li key={`${issue.code}:${issue.message}`}>
                <IssueText issue={issue} model={model} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <GradeSummary result={origin.result} model={model} />
          <details>
            <summary>
              {t('result.components')} · {t('result.assets')}
            </summary>
            <ScoreComponents components={origin.result.components} model={model} />
            <AssetsTable result={origin.result} model={model} />
          </details>
        </>
      )}
    </section>
  );
}
