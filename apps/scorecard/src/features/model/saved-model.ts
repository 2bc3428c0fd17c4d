/**
 * The county model in use, kept across reloads (see lib/persist): its document as loaded, read
 * back through the core, so a stored document is never trusted without being checked again.
 */
import { loadModel, type Model } from '../../lib/core-adapter';

/** The key the loaded model is kept under. */
export const MODEL_KEY = 'model';

const VERSION = 1;

/** The model as kept: its document and the name of the file it came from. */
export function toSavedModel(model: Model, fileName: string): unknown {
  return { v: VERSION, fileName, document: model.document };
}

/** The model kept before, when it is still a valid model document. */
export function fromSavedModel(value: unknown): { model: Model; fileName: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const saved = value as { v?: unknown; fileName?: unknown; document?: unknown };
  if (saved.v !== VERSION || typeof saved.fileName !== 'string') return undefined;
  const loaded = loadModel(saved.document);
  return loaded.ok ? { model: loaded.model, fileName: saved.fileName } : undefined;
}
