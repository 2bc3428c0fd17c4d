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
      /** Every problem the core found (the file's JSON broken, or the document's problems). */
      readonly issues: readonly Issue[];
    };

/** The model in use and the outcome of the last model file. */
export interface ModelState {
  readonly model: Model;
  /** Whether the model in use is the default model, whose numbers are designed placeholders. */
  readonly isDefault: boolean;
  /** The file the model in use came from (`null` for the default model). */
  readonly fileName: string | null;
  readonly notice: ModelNotice | null;
}

/** Whether a model is the default one (by content, whatever file it was loaded from). */
export function isDefaultModel(model: Model): boolean {
  return model.hash === defaultModel().hash;
}

/** The default model in use, or the county model kept from the last visit. */
export function initialModelState(saved?: { model: Model; fileName: string }): ModelState {
  if (saved === undefined)
    return { model: defaultModel(), isDefault: true, fileName: null, notice: null };
  return {
    model: saved.model,
    isDefault: isDefaultModel(saved.model),
    fileName: saved.fileName,
    notice: null,
  };
}

/** A model file as read: the model, or why it cannot be used (the notice to show). */
export type ModelFileOutcome =
  | { readonly ok: true; readonly model: Model }
  | { readonly ok: false; readonly notice: ModelNotice & { readonly kind: 'invalid' } };

/** Reads a model file: the model the core accepted, or every problem the core found. */
export async function readModelDocument(
  file: Blob & { readonly name: string },
): Promise<ModelFileOutcome> {
  const text = await file.text();
  const parsed = safeParseJson(text.startsWith('\uFEFF') ? text.slice(1) : text, 'the model file');
  if (!parsed.ok)
    return { ok: false, notice: { kind: 'invalid', fileName: file.name, issues: parsed.issues } };
  const loaded = loadModel(parsed.value);
  if (!loaded.ok)
    return { ok: false, notice: { kind: 'invalid', fileName: file.name, issues: loaded.issues } };
  return { ok: true, model: loaded.model };
}

/**
 * Reads a county's model file: the new state with that model in use, or the current model kept
 * with every problem the core found.
 */
export async function readModelFile(
  file: Blob & { readonly name: string },
  current: ModelState,
): Promise<ModelState> {
  const read = await readModelDocument(file);
  if (!read.ok) return { ...current, notice: read.notice };
  return {
    model: read.model,
    isDefault: isDefaultModel(read.model),
    fileName: file.name,
    notice: { kind: 'loaded' },
  };
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
): Promise<SecondModelState> {
  const read = await readModelDocument(file);
  return read.ok ? { model: read.model, notice: null } : { ...current, notice: read.notice };
}
