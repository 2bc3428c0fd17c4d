import { defaultModel } from '../model/default.js';
import type { ModelDocument } from '../model/document.js';
import { FIELD_LABELS, type FieldEntry, type KeyedEntry, type RecordKind } from './field-labels.js';
import type { Lang, MessageOptions } from './options.js';
import { quote } from './phrases.js';
import { unitText, type Vocabulary, wordLabel } from './words.js';

/** Where a path leads in the label tables: the entry of its last field, if any. */
export interface FieldPlace {
  /** The names of each step: `['房屋 1', '面积（m²）']`. */
  readonly parts: readonly string[];
  /** The entry that names the last field (for the words it takes). */
  readonly entry: FieldEntry | KeyedEntry | undefined;
  /** The table and pattern of the field's parent: to name a sibling key. */
  readonly parent: { readonly kind: RecordKind; readonly pattern: string };
  /** The model's key the last step is, when it is one (`pig` under `livestock`). */
  readonly key?: { readonly vocabulary: Vocabulary; readonly code: string };
}

/** The document of the options' model (the default model's when none is given). */
export function modelDocumentOf(options: MessageOptions): ModelDocument {
  return (options.model ?? defaultModel()).document;
}

/**
 * The name of the field at `path`, for people, in `options.lang`: the name of each step joined
 * by ` › `, list positions counted from 1, units after the name, model codes by their labels.
 *
 * @example fieldLabel(['houses', 0, 'areaM2'], { lang: 'zh' }) // '房屋 1 › 面积（m²）'
 * @example fieldLabel(['livestock', 'sheep'], { lang: 'zh' })  // '畜禽存栏 › 羊（只）'
 */
export function fieldLabel(path: readonly (string | number)[], options: MessageOptions): string {
  return fieldLabelParts(path, options).join(' › ');
}

/**
 * The names of the steps of `path` (see {@link fieldLabel}); the last is the field's own name,
 * as a form shows it beside its input. A key no table knows (a misspelt field) is shown as
 * written.
 */
export function fieldLabelParts(
  path: readonly (string | number)[],
  options: MessageOptions,
): readonly string[] {
  return locateField(path, options).parts;
}

/** Walks `path` through the label tables (see {@link FieldPlace}). */
export function locateField(
  path: readonly (string | number)[],
  options: MessageOptions,
): FieldPlace {
  const { lang } = options;
  const doc = modelDocumentOf(options);
  let kind: RecordKind = options.record ?? 'household';
  let pattern = '';
  let parent = { kind, pattern };
  let entry: FieldEntry | KeyedEntry | undefined = FIELD_LABELS[kind][''];
  let key: FieldPlace['key'];
  const parts: string[] = [];
  if (path.length === 0) {
    const root = entry;
    return {
      parts: [
        root !== undefined && 'zh' in root ? root[lang] : lang === 'zh' ? '整条记录' : 'The record',
      ],
      entry: root,
      parent,
    };
  }
  for (const segment of path) {
    parent = { kind, pattern };
    key = undefined;
    if (typeof segment === 'number') {
      pattern = `${pattern}[]`;
      entry = lookup(kind, pattern, undefined);
      // The list's name gives way to its item's, numbered from 1: `房屋` → `房屋 1`.
      const list = parts.pop() ?? '';
      const name = entry !== undefined && 'zh' in entry ? entry[lang] : list;
      parts.push(`${name} ${segment + 1}`.trim());
    } else {
      const keyed = lookup(kind, pattern === '' ? '*' : `${pattern}.*`, undefined);
      pattern = pattern === '' ? segment : `${pattern}.${segment}`;
      entry = lookup(kind, pattern, segment);
      if (entry === undefined && keyed !== undefined && 'keys' in keyed) {
        entry = keyed;
        key = { vocabulary: keyed.keys, code: segment };
        const label = wordLabel(keyed.keys, segment, doc, lang);
        parts.push(withUnit(label ?? segment, keyed, lang, segment));
      } else if (entry !== undefined && 'zh' in entry) {
        parts.push(withUnit(entry[lang], entry, lang, undefined));
      } else {
        // A key no table knows (a misspelt field) is shown as written, quoted.
        parts.push(quote(segment, lang));
      }
    }
    // A field holding another kind of record: what follows is named from that kind's table.
    if (entry !== undefined && 'record' in entry && entry.record !== undefined) {
      kind = entry.record;
      pattern = '';
    }
  }
  return key === undefined ? { parts, entry, parent } : { parts, entry, parent, key };
}

function lookup(
  kind: RecordKind,
  pattern: string,
  last: string | undefined,
): FieldEntry | KeyedEntry | undefined {
  const table = FIELD_LABELS[kind];
  if (Object.hasOwn(table, pattern)) return table[pattern];
  const common = last === undefined ? undefined : `@${last}`;
  return common !== undefined && Object.hasOwn(table, common) ? table[common] : undefined;
}

function withUnit(
  name: string,
  entry: FieldEntry | KeyedEntry,
  lang: Lang,
  species: string | undefined,
): string {
  if (entry.unit === undefined) return name;
  const unit = unitText(entry.unit, lang, species);
  return lang === 'zh' ? `${name}（${unit}）` : `${name} (${unit})`;
}

/**
 * The name of the key `key` beside the field `place` leads to (for "did you mean" and the
 * allowed keys of `unknown_key`), without its parents.
 */
export function siblingLabel(
  parent: FieldPlace['parent'],
  key: string,
  options: MessageOptions,
): string {
  const { kind, pattern } = parent;
  const keyed = lookup(kind, pattern === '' ? '*' : `${pattern}.*`, undefined);
  if (keyed !== undefined && 'keys' in keyed) {
    const label = wordLabel(keyed.keys, key, modelDocumentOf(options), options.lang);
    return label === undefined
      ? quote(key, options.lang)
      : withUnit(label, keyed, options.lang, key);
  }
  const entry = lookup(kind, pattern === '' ? key : `${pattern}.${key}`, key);
  return entry !== undefined && 'zh' in entry
    ? withUnit(entry[options.lang], entry, options.lang, undefined)
    : quote(key, options.lang);
}
