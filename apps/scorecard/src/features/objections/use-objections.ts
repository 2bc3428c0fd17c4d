import { useState } from 'preact/hooks';
import type { Issue, VillageResult } from '../../lib/core-adapter';
import { useSavedWork } from '../../lib/persist/saved-work';
import type { Session } from '../../lib/persist/session';
import { today } from '../villages/notice-panel';

/** The results objections are tracked against. */
export type ResultsSource =
  | {
      readonly state: 'ready';
      /** A results file, or the batch just evaluated in the village review. */
      readonly from: 'file' | 'batch';
      readonly fileName: string;
      readonly villages: readonly VillageResult[];
    }
  | { readonly state: 'failed'; readonly fileName: string; readonly issues: readonly Issue[] };

/** The objections document (the register of objections to the notice). */
export type DocumentSource =
  | {
      readonly state: 'ready';
      /** The file it came from; `null` for a register started here. */
      readonly fileName: string | null;
      /**
       * What the core is given: the file as read (keys written twice are found there), or the
       * document as edited here.
       */
      readonly input: unknown;
      /** The document as plain data, to add to; `null` when it cannot be edited as it is. */
      readonly value: Readonly<Record<string, unknown>> | null;
      /** Whether an objection was added or resolved here since it was opened. */
      readonly edited: boolean;
    }
  | { readonly state: 'failed'; readonly fileName: string; readonly issues: readonly Issue[] };

/** The objections page's state, kept by the app across tabs. */
export interface ObjectionsState {
  readonly results: ResultsSource | null;
  readonly document: DocumentSource | null;
  /** The day tracked on, `YYYY-MM-DD` as typed. */
  readonly today: string;
}

/** The objections page's state and its setter. */
export interface ObjectionsController {
  readonly state: ObjectionsState;
  readonly update: (change: (state: ObjectionsState) => ObjectionsState) => void;
}

/** The key the register being edited is kept under (the results are loaded again). */
export const OBJECTIONS_KEY = 'objections';

const VERSION = 1;

function toSaved(d: DocumentSource | null): unknown {
  if (d === null || d.state !== 'ready' || d.value === null) return undefined;
  return { v: VERSION, fileName: d.fileName, value: d.value, edited: d.edited };
}

function fromSaved(value: unknown): DocumentSource | null {
  if (typeof value !== 'object' || value === null) return null;
  const saved = value as Record<string, unknown>;
  const doc = saved.value;
  if (saved.v !== VERSION || typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return null;
  if (!(saved.fileName === null || typeof saved.fileName === 'string')) return null;
  return {
    state: 'ready',
    fileName: saved.fileName,
    input: doc,
    value: doc as Record<string, unknown>,
    edited: saved.edited === true,
  };
}

/**
 * The objections page's state: the register restored from the last visit (added objections and
 * resolutions are not lost with the tab), the results to be loaded again, and today by default.
 */
export function useObjections(session: Session): ObjectionsController {
  const [state, setState] = useState<ObjectionsState>(() => ({
    results: null,
    document: fromSaved(session.saved.get(OBJECTIONS_KEY)),
    today: today(),
  }));
  useSavedWork(session.store, OBJECTIONS_KEY, state.document, toSaved);
  return { state, update: setState };
}
