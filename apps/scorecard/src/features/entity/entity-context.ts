import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Model, PlacedIssues } from '../../lib/core-adapter';
import type { EntityForm } from './entity-form';
import type { EntityAction } from './entity-state';

/** What the entity form's fields share: the values, the model, the issues and the edits. */
export interface EntityFormContextValue {
  readonly form: EntityForm;
  readonly model: Model;
  readonly issues: PlacedIssues;
  /** Whether a field's issues are shown now (it was left, or all were asked for, and it is not being typed in). */
  isShown(key: string): boolean;
  dispatch(action: EntityAction): void;
  /** A field was left or a choice made: its issues are shown (after any press in progress). */
  touch(key: string): void;
}

/** The entity form's shared state; provided by the entity page. */
export const EntityFormContext = createContext<EntityFormContextValue | null>(null);

/** The entity form's shared state. */
export function useEntityForm(): EntityFormContextValue {
  const value = useContext(EntityFormContext);
  if (value === null) throw new Error('useEntityForm: no EntityFormContext provider');
  return value;
}

/** The issues of a field key, if they are to be shown now. */
export function useEntityFieldIssues(key: string) {
  const { issues, isShown } = useEntityForm();
  return isShown(key) ? (issues.byField.get(key) ?? []) : [];
}
