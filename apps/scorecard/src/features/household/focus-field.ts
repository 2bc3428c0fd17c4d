import { inputId } from './form-state';

/**
 * Moves the keyboard focus to the field of a key (its input, or the first input of its group)
 * and scrolls it into view. Returns whether a field was found.
 */
export function focusField(key: string): boolean {
  const element = document.getElementById(inputId(key));
  if (element === null) return false;
  const target = element.matches('input, select, textarea, button')
    ? element
    : element.querySelector<HTMLElement>('input, select, textarea, button');
  (target ?? element).focus();
  element.scrollIntoView?.({ block: 'center' });
  return true;
}
