import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Model, PlacedIssues } from '../../lib/core-adapter';
import type { FormPath, HouseholdForm, ListName } from './form-state';

/** What the form's fields share: the values, the model's options, the issues and the edits. */
export interface FormContextValue {
  readonly form: HouseholdForm;
  readonly model: Model;
  readonly issues: PlacedIssues;
  /** Whether a field's issues are shown yet (once touched, or after a file is loaded). */
  isShown(key: string): boolean;
  set(path: FormPath, value: unknown): void;
  touch(key: string): void;
  addRow(list: ListName): void;
  removeRow(list: ListName, index: number): void;
}

/** The household form's shared state; provided by the household page. */
export const FormContext = createContext<FormContextValue | null>(null);

/** The household form's shared state. */
export function useForm(): FormContextValue {
  const value = useContext(FormContext);
  if (value === null) throw new Error('useForm: no FormContext provider');
  return value;
}

/** The value at `path` in the form (text for an input, a list, …). */
export function valueAt(form: HouseholdForm, path: FormPath): unknown {
  let value: unknown = form;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
