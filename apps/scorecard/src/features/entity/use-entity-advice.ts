import { useEffect, useState } from 'preact/hooks';
import {
  type Checked,
  type EntityGradeAdvice,
  type EntityRecord,
  entityAdvice,
  type Model,
} from '../../lib/core-adapter';
import { ADVICE_DELAY_MS } from '../household/use-advice';

/** The next-grade advice of the entity on screen. */
export type EntityAdviceState =
  | { readonly status: 'none' }
  | { readonly status: 'pending' }
  | { readonly status: 'ready'; readonly advice: EntityGradeAdvice }
  | { readonly status: 'failed'; readonly error: string };

interface Computed {
  readonly record: EntityRecord;
  readonly evalYear: number;
  readonly model: Model;
  readonly value: Checked<EntityGradeAdvice>;
}

/**
 * The core's next-grade advice for a valid entity record (`null` when the form is not valid),
 * worked out once typing pauses, after the main result; never the advice of another record.
 */
export function useEntityAdvice(
  record: EntityRecord | null,
  evalYear: number | undefined,
  model: Model,
): EntityAdviceState {
  const [computed, setComputed] = useState<Computed | null>(null);
  useEffect(() => {
    if (record === null || evalYear === undefined) return;
    const timer = setTimeout(() => {
      setComputed({ record, evalYear, model, value: entityAdvice(record, evalYear, model) });
    }, ADVICE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [record, evalYear, model]);
  if (record === null || evalYear === undefined) return { status: 'none' };
  if (
    computed === null ||
    computed.record !== record ||
    computed.evalYear !== evalYear ||
    computed.model !== model
  )
    return { status: 'pending' };
  const { value } = computed;
  return value.ok
    ? { status: 'ready', advice: value.value }
    : { status: 'failed', error: value.issues.map((issue) => issue.message).join('; ') };
}
