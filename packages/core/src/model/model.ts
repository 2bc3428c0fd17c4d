import type { ModelDocument } from './document.js';

/**
 * A validated model, ready to evaluate with. Obtain one from {@link parseModel} or
 * {@link defaultModel}; the document is deeply frozen, and `hash` identifies it in every result.
 */
export interface Model {
  /** The document's `id` (`"wangjiang-default"`). */
  readonly id: string;
  /** The document's `version`. */
  readonly version: number;
  /** `sha256:` + hex SHA-256 of the document's RFC 8785 canonical JSON. */
  readonly hash: string;
  /** The validated, frozen document. */
  readonly document: ModelDocument;
}

/** `{ id, version, hash }` as printed in results. */
export interface ModelStamp {
  readonly id: string;
  readonly version: number;
  readonly hash: string;
}

/** The stamp a result carries for `model`. */
export function modelStamp(model: Model): ModelStamp {
  return { id: model.id, version: model.version, hash: model.hash };
}
