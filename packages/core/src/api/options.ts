import type { Model } from '../model/model.js';

/** Options of the evaluation functions. */
export interface EvaluateOptions {
  /** The model to evaluate with; the default model when absent. */
  readonly model?: Model;
  /** The evaluation year; overrides a batch document's `evalYear`. */
  readonly evalYear?: number;
  /** Copy `head` (personal data) into household results. Default false. */
  readonly includePersonal?: boolean;
  /**
   * Force the decimal reference path for every household (for audits). By default households
   * run on the compiled integer path, which gives identical results.
   */
  readonly reference?: boolean;
}

/** Options when an evaluation year is required (a household or village alone). */
export interface EvaluateYearOptions extends EvaluateOptions {
  readonly evalYear: number;
}
