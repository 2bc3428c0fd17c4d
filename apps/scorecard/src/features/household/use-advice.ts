import { useEffect, useState } from 'preact/hooks';
import {
  type Checked,
  type GradeAdvice,
  gradeAdvice,
  type HouseholdRecord,
  type Model,
} from '../../lib/core-adapter';

/** How long the record must stay unchanged before the advice is worked out. */
export const ADVICE_DELAY_MS = 150;

/** The next-grade advice of the record on screen. */
export type AdviceState =
  | { readonly status: 'none' }
  | { readonly status: 'pending' }
  | { readonly status: 'ready'; readonly advice: GradeAdvice }
  | { readonly status: 'failed'; readonly error: string };

interface Computed {
  readonly record: HouseholdRecord;
  readonly evalYear: number;
  readonly model: Model;
  readonly value: Checked<GradeAdvice>;
}

/**
 * The core's next-grade advice for a valid record (`null` when the form is not valid), worked
 * out after the main result is on screen and once typing pauses, so it never slows the form.
 * Advice for any other record than the one shown is never returned (no stale options).
 */
export function useAdvice(
  record: HouseholdRecord | null,
  evalYear: number | undefined,
  model: Model,
): AdviceState {
  const [computed, setComputed] = useState<Computed | null>(null);
  useEffect(() => {
    if (record === null || evalYear === undefined) return;
    const timer = setTimeout(() => {
      setComputed({ record, evalYear, model, value: gradeAdvice(record, evalYear, model) });
    }, ADVICE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [record, evalYear, model]);
  if (record === null || evalYear === undefined) return { status: 'none' };
  if (
    computed === null ||
    computed.record !== record ||
    computed.evalYear !== evalYear ||
    computed.model !== model
  ) {
    return { status: 'pending' };
  }
  const { value } = computed;
  return value.ok
    ? { status: 'ready', advice: value.value }
    : { status: 'failed', error: value.issues.map((issue) => issue.message).join('; ') };
}
