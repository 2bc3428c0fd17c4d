import type { I18n } from '../../i18n/index';
import type { VillageRun } from '../../worker/run-batch';

/** How a village is named in lists: its id (and name), or its NDJSON line when it has no id. */
export function villageName(village: VillageRun, i18n: I18n): string {
  const { id, name } = village.result;
  const base =
    id ??
    (village.line === null
      ? i18n.t('villages.unnamed')
      : i18n.t('villages.line', { n: village.line }));
  return name === undefined || name === '' ? base : `${base} · ${name}`;
}
