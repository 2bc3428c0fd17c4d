import type { ComponentChildren } from 'preact';

/** A field's label, with the mark of a required field (its meaning is said above the form). */
export function FieldLabel({
  id,
  text,
  required,
}: {
  readonly id: string;
  readonly text: string;
  readonly required: boolean;
}): ComponentChildren {
  return (
    <label for={id}>
      {text}
      {required ? (
        <span class="required-mark" aria-hidden="true">
          {' *'}
        </span>
      ) : null}
    </label>
  );
}
