import { useI18n } from '../../i18n/index';
import { groupCount } from '../../lib/core-adapter';
import { formatPercent } from '../../lib/money';
import type { CollectionCheck } from './evaluate-collection';
import type { SaveStatus } from './use-collection';

/**
 * Where the collection stands, live: households collected against those registered (with the
 * core's coverage of valid records), and whether all of it is kept on this device — when it
 * was last written, or that this browser keeps nothing (then: export before closing).
 */
export function CoveragePanel({
  collected,
  check,
  status,
  storeKind,
  unreadable,
}: {
  readonly collected: number;
  readonly check: CollectionCheck;
  readonly status: SaveStatus;
  readonly storeKind: 'indexedDB' | 'localStorage' | 'memory';
  readonly unreadable: number;
}) {
  const { t, lang } = useI18n();
  // The core's figures: registered households (when the village fact is valid), coverage.
  const registered = check.result.counts.householdsTotal;
  const coverage = check.result.items?.find((item) => item.id === 'coverage')?.value ?? null;
  const valid = check.result.counts.collected - check.result.counts.invalid;
  return (
    <section class="card coverage" aria-labelledby="coverage-title" data-testid="coverage">
      <h3 id="coverage-title" class="visually-hidden">
        {t('collect.coverageTitle')}
      </h3>
      <p class="coverage-figures">
        <label for="coverage-bar">
          {registered === null
            ? t('collect.collectedOnly', { collected: groupCount(collected) })
            : t('collect.collectedOf', {
                collected: groupCount(collected),
                registered: groupCount(registered),
              })}
        </label>
        {coverage === null ? null : (
          <span data-testid="coverage-valid">
            {t('collect.coverage', { valid: groupCount(valid), coverage: formatPercent(coverage) })}
          </span>
        )}
      </p>
      <progress
        id="coverage-bar"
        max={registered !== null && registered > 0 ? registered : 1}
        value={registered !== null && registered > 0 ? Math.min(collected, registered) : 0}
      />
      {/* Not a live region: it changes at every write. A failure is said at once. */}
      <p
        class="save-state"
        role={status.state === 'failed' ? 'alert' : undefined}
        data-testid="save-state"
        data-state={status.state}
      >
        {storeKind === 'memory'
          ? t('collect.notKept')
          : status.state === 'saving'
            ? t('collect.saving')
            : status.state === 'failed'
              ? t('collect.saveFailed', { error: status.error })
              : status.state === 'saved'
                ? t('collect.savedAt', {
                    n: groupCount(collected),
                    time: status.at.toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB'),
                  })
                : t('collect.kept', { n: groupCount(collected) })}
      </p>
      {unreadable > 0 ? (
        <p class="notice notice-warn">{t('collect.unreadable', { n: groupCount(unreadable) })}</p>
      ) : null}
    </section>
  );
}
