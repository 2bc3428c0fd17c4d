import { useEffect, useState } from 'preact/hooks';
import type { Checked, Model } from './core-adapter';

/** How long the record must stay unchanged before the advice is worked out. */
export const ADVICE_DELAY_MS = 150;

/** The next-grade advice of the record on screen. */
export type AdviceState<Advice> =
  | { readonly status: 'none' }
  | { readonly status: 'pending' }
  | { readonly status: 'ready'; readonly advice: Advice }
  | { readonly status: 'failed'; readonly error: string };

/** The core's advice for a valid record under an evaluation year and model. */
export type AdviseFn<RecordType, Advice> = (
  record: RecordType,
  evalYear: number,
  model: Model,
) => Checked<Advice>;

interface Computed<RecordType, Advice> {
  readonly record: RecordType;
  readonly evalYear: number;
  readonly model: Model;
  readonly value: Checked<Advice>;
}

/**
 * The core's next-grade advice (`advise`: a household's or an entity's) for a valid record
 * (`null` when the form is not valid), worked out after the main result is on screen and once
 * typing pauses, so it never slows the form. Advice for any other record than the one shown is
 * never returned (no stale options).
 */
export function useNextGradeAdvice<RecordType, Advice>(
  record: RecordType | null,
  evalYear: number | undefined,
  model: Model,
  advise: AdviseFn<RecordType, Advice>,
): AdviceState<Advice> {
  const [computed, setComputed] = useState<Computed<RecordType, Advice> | null>(null);
  useEffect(() => {
    if (record === null || evalYear === undefined) return;
    const timer = setTimeout(() => {
      setComputed({ record, evalYear, model, value: advise(record, evalYear, model) });
    }, ADVICE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [record, evalYear, model, advise]);
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
