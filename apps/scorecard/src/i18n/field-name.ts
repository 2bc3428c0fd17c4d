import type { Model } from '../lib/core-adapter';
import { dimensionsOf, labelOf, speciesOf } from '../lib/model-view';
import type { I18n } from './index';
import { type MessageKey, zh } from './zh';

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zh, key);
}

/**
 * The translated name of the field at an issue path, for prefixing the core's (English)
 * messages: `["houses", 0, "areaM2"]` → `房屋 1 › 面积（m²）`. Model entities (civility
 * dimensions, species) are named by the model's labels; unknown keys are shown as they are.
 */
export function fieldName(path: readonly (string | number)[], i18n: I18n, model: Model): string {
  if (path.length === 0) return i18n.t('field.record');
  const parts: string[] = [];
  let group: string | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const last = parts.pop() ?? '';
      parts.push(`${last} ${segment + 1}`.trim());
      continue;
    }
    parts.push(segmentName(segment, group, i18n, model));
    group = group === undefined ? segment : `${group}.${segment}`;
  }
  return parts.join(' › ');
}

function segmentName(key: string, group: string | undefined, i18n: I18n, model: Model): string {
  if (group === 'civility') return i18n.label(labelOf(dimensionsOf(model), key), key);
  if (group === 'livestock') return i18n.label(labelOf(speciesOf(model), key), key);
  const candidate = group === undefined ? `field.${key}` : `field.${group}.${key}`;
  return isMessageKey(candidate) ? i18n.t(candidate) : key;
}
