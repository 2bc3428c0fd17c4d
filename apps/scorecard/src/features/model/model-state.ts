import type { I18n } from '../../i18n/index';
import {
  defaultModel,
  type Issue,
  loadModel,
  type Model,
  safeParseJson,
} from '../../lib/core-adapter';

/** What happened to the last model file. */
export type ModelNotice =
  | { readonly kind: 'loaded' }
  | {
      readonly kind: 'invalid';
      readonly fileName: string;
      readonly issues: readonly Issue[];
      readonly error?: string;
    };

/** The model in use and the outcome of the last model file. */
export interface ModelState {
  readonly model: Model;
  readonly isDefault: boolean;
  readonly notice: ModelNotice | null;
}

/** The default model, in use from the start. */
export function initialModelState(): ModelState {
  return { model: defaultModel(), isDefault: true, notice: null };
}

/** A model file as read: the model, or why it cannot be used (the notice to show). */
export type ModelFileOutcome =
  | { readonly ok: true; readonly model: Model }
  | { readonly ok: false; readonly notice: ModelNotice & { readonly kind: 'invalid' } };

/** Reads a model file: the model the core accepted, or every problem the core found. */
export async function readModelDocument(
  file: Blob & { readonly name: string },
  i18n: I18n,
): Promise<ModelFileOutcome> {
  const parsed = safeParseJson(await file.text(), 'the model file');
  if (!parsed.ok) {
    return {
      ok: false,
      notice: {
        kind: 'invalid',
        fileName: file.name,
        issues: [],
        error: i18n.t('load.notJson', { message: parsed.issues[0].message }),
      },
    };
  }
  const document = parsed.value;
  const loaded = loadModel(document);
  if (!loaded.ok)
    return { ok: false, notice: { kind: 'invalid', fileName: file.name, issues: loaded.issues } };
  return { ok: true, model: loaded.model };
}

/**
 * Reads a county's model file: the new state with that model in use, or the current model kept
 * with every problem the core found (path and message).
 */
export async function readModelFile(
  file: Blob & { readonly name: string },
  current: ModelState,
  i18n: I18n,
): Promise<ModelState> {
  const read = await readModelDocument(file, i18n);
  if (!read.ok) return { ...current, notice: read.notice };
  return { model: read.model, isDefault: false, notice: { kind: 'loaded' } };
}

/** The second model of the model comparison: none yet, loaded, or a file that was refused. */
export interface SecondModelState {
  readonly model: Model | null;
  readonly notice: (ModelNotice & { readonly kind: 'invalid' }) | null;
}

/** No second model. */
export const NO_SECOND_MODEL: SecondModelState = { model: null, notice: null };

/** Reads the model file to compare with: it replaces the second model only when valid. */
export async function readSecondModelFile(
  file: Blob & { readonly name: string },
  current: SecondModelState,
  i18n: I18n,
): Promise<SecondModelState> {
  const read = await readModelDocument(file, i18n);
  return read.ok ? { model: read.model, notice: null } : { ...current, notice: read.notice };
}
