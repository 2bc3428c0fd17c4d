import type { Model } from '../model/model.js';
import type { RecordKind } from './field-labels.js';

/** The languages messages are rendered in: Chinese (the clerk's) and English. */
export type Lang = 'zh' | 'en';

/** How {@link issueMessage} and {@link fieldLabel} render. */
export interface MessageOptions {
  readonly lang: Lang;
  /**
   * The model whose labels name its codes (structures, species, levels, veto codes, grades);
   * the default model when absent. A code the model does not label is shown as written.
   */
  readonly model?: Model;
  /**
   * What issue paths start from: a household record unless said otherwise (`village` for a
   * village's own problems, `batch` for a batch document's top, `model` for a model document).
   */
  readonly record?: RecordKind;
}
