import { useI18n } from '../../i18n/index';
import { groupCount } from '../../lib/core-adapter';
import type { ObjectionsReport } from './objections-core';

/** At most this many household ids per village, and final villages; the rest are counted. */
const SHOWN = 100;

/**
 * The households held (复核中): each has a pending or overdue objection, so its rating is not
 * final and banks should not lend on it yet; grouped by village, in the results' order, with
 * the villages whose ratings are final.
 */
export function HeldHouseholds({ report }: { readonly report: ObjectionsReport }) {
  const { t, lang } = useI18n();
  const byVillage = new Map<string, string[]>();
  for (const h of report.held)
    byVillage.set(h.village, [...(byVillage.get(h.village) ?? []), h.household]);
  const held = report.villages.filter((v) => !v.final);
  const final = report.villages.filter((v) => v.final);
  const sep = lang === 'zh' ? '、' : ', ';
  return (
    <section
      class="card held-households"
      aria-labelledby="objections-held-title"
      data-testid="objections-held"
    >
      <h3 id="objections-held-title">
        {t('objections.held', { n: groupCount(report.summary.held) })}
      </h3>
      <p class="muted small">{t('objections.heldNote')}</p>
      {held.length === 0 ? (
        <p>{t('objections.noneHeld')}</p>
      ) : (
        <ul class="held-list">
          {held.map((village, i) => {
            const ids = village.id === null ? [] : (byVillage.get(village.id) ?? []);
            return (
              <li key={village.id ?? `v${i}`} data-village={village.id ?? ''}>
                <strong>{village.id ?? t('objections.noVillageId')}</strong>{' '}
                {t('objections.heldCount', { n: groupCount(village.held) })}
                <ul class="held-ids">
                  {ids.slice(0, SHOWN).map((id) => (
                    <li key={id} class="held-id" data-household={id}>
                      {id} <span class="status status-held">{t('objections.underReview')}</span>
                    </li>
                  ))}
                </ul>
                {ids.length > SHOWN ? (
                  <p class="muted small">
                    {t('objections.heldMore', { n: groupCount(ids.length - SHOWN) })}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {final.length === 0 ? null : (
        <p class="small" data-testid="objections-final">
          {t('objections.final', { n: groupCount(final.length) })}{' '}
          {final
            .slice(0, SHOWN)
            .map((v) => v.id ?? t('objections.noVillageId'))
            .join(sep)}
          {final.length > SHOWN
            ? ` ${t('objections.finalMore', { n: groupCount(final.length - SHOWN) })}`
            : ''}
        </p>
      )}
    </section>
  );
}
