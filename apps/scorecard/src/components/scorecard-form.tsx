import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/index';

/** Props of {@link ScorecardForm}. */
export interface ScorecardFormProps {
  /** The form's classes. */
  readonly class: string;
  /** The id of the note that says what `*` means; the form is described by it. */
  readonly noteId: string;
  /** The submit button's `data-testid`. */
  readonly submitTestId: string;
  /** The submit button's words (by default 检查并评分). */
  readonly submitLabel?: string | undefined;
  /** The user asks for the result (the submit button, or Enter in a field). */
  readonly onSubmit: () => void;
  /** The form's sections. */
  readonly children: ComponentChildren;
}

/**
 * A scorecard's form: the note on required fields, its sections, and the button that asks for
 * the result. The browser's own validation is off: the core judges the record, and every
 * problem is shown beside its field.
 */
export function ScorecardForm({
  class: className,
  noteId,
  submitTestId,
  submitLabel,
  onSubmit,
  children,
}: ScorecardFormProps) {
  const { t } = useI18n();
  return (
    <form
      class={className}
      aria-describedby={noteId}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
    >
      <p id={noteId} class="muted small">
        {t('form.requiredNote')}
      </p>
      {children}
      <div class="form-submit">
        <button type="submit" class="button button-primary" data-testid={submitTestId}>
          {submitLabel ?? t('form.submit')}
        </button>
      </div>
    </form>
  );
}
