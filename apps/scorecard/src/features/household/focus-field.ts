import { focusInput } from '../../lib/focus-input';
import { inputId } from './form-state';

/**
 * Moves the keyboard focus to the household form's field of a key (its input, or the first
 * input of its group) and scrolls it into view. Returns whether a field was found.
 */
export function focusField(key: string): boolean {
  return focusInput(inputId(key));
}
