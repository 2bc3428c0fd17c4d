/**
 * Moves the keyboard focus to the element of an id (an input, or the first input of a group
 * such as a fieldset) and scrolls it into view. Returns whether the element was found.
 */
export function focusInput(id: string): boolean {
  const element = document.getElementById(id);
  if (element === null) return false;
  const target = element.matches('input, select, textarea, button')
    ? element
    : element.querySelector<HTMLElement>('input, select, textarea, button');
  (target ?? element).focus();
  element.scrollIntoView?.({ block: 'center' });
  return true;
}
