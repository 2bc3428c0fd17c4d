import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Model, PlacedIssues } from '../../lib/core-adapter';
import type { FormPath, HouseholdForm, ListName } from './form-state';

/** What the form's fields share: the values, the model's options, the issues and the edits. */
export interface FormContextValue {
  readonly form: HouseholdForm;
  readonly model: Model;
  readonly issues: PlacedIssues;
  /** Whether a field's issues are shown now (it was left, or all were asked for, and it is not being typed in). */
  isShown(key: string): boolean;
  set(path: FormPath, value: unknown): void;
  /** The user types in a field: its issues wait until it is left. */
  editing(key: string): void;
  /** A field was left or a choice made: its issues are shown (after any press in progress). */
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
