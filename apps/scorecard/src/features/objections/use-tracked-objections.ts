import { useMemo } from 'preact/hooks';
import type { Model, Result } from '../../lib/core-adapter';
import { type HeldMarks, heldMarks } from './held-marks';
import { type ObjectionsReport, trackObjectionsOn } from './objections-core';
import type { ObjectionsController } from './use-objections';

/** The register tracked against the results on the chosen day, and the households it holds. */
export interface TrackedObjections {
  /** `null` until both the results and a register are loaded. */
  readonly tracked: Result<ObjectionsReport> | null;
  /** The held households, when the register could be tracked. */
  readonly held: HeldMarks | null;
}

/**
 * Tracks the objections page's register against its results, once for the app: the page shows
 * the report, and the village review marks the households it holds.
 */
export function useTrackedObjections(
  objections: ObjectionsController,
  model: Model,
): TrackedObjections {
  const { results, document, today } = objections.state;
  const villages = results?.state === 'ready' ? results.villages : null;
  const input = document?.state === 'ready' ? document.input : null;
  const register = document?.state === 'ready' ? document.fileName : null;
  return useMemo(() => {
    if (villages === null || input === null) return { tracked: null, held: null };
    const tracked = trackObjectionsOn(villages, input, today.trim(), model);
    return { tracked, held: tracked.ok ? heldMarks(tracked.value, register) : null };
  }, [villages, input, today, model, register]);
}
