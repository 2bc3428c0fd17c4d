import type { I18n } from '../../i18n/index';
import { defaultModel, type Issue, loadModel, type Model } from '../../lib/core-adapter';

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

/**
 * Reads a county's model file: the new state with that model in use, or the current model kept
 * with every problem the core found (path and message).
 */
export async function readModelFile(
  file: Blob & { readonly name: string },
  current: ModelState,
  i18n: I18n,
): Promise<ModelState> {
  let document: unknown;
  try {
    document = JSON.parse(await file.text());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ...current,
      notice: {
        kind: 'invalid',
        fileName: file.name,
        issues: [],
        error: i18n.t('load.notJson', { message }),
      },
    };
  }
  const loaded = loadModel(document);
  if (!loaded.ok)
    return { ...current, notice: { kind: 'invalid', fileName: file.name, issues: loaded.issues } };
  return { model: loaded.model, isDefault: false, notice: { kind: 'loaded' } };
}
