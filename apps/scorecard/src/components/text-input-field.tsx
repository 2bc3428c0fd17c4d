import { describedBy, type FieldFrame } from './field-frame';
import { FieldIssueList } from './field-issue-list';
import { FieldLabel } from './field-label';

/** Props of {@link TextInputField}. */
export interface TextInputFieldProps extends FieldFrame {
  readonly value: string;
  readonly inputMode: 'decimal' | 'numeric' | 'text';
  readonly autoComplete: string;
  readonly onInput: (value: string) => void;
  /** The field is left, with what it holds. */
  readonly onLeave: (value: string) => void;
}

/**
 * A labelled text input of a scorecard form, with its hint and (once shown) its issues; the
 * core judges what is typed, the form only keeps it.
 */
export function TextInputField(props: TextInputFieldProps) {
  const { id, name, label, hint, required, issues, model, record } = props;
  return (
    <div class={`field${issues.length > 0 ? ' is-invalid' : ''}`}>
      <FieldLabel id={id} text={label} required={required} />
      <input
        id={id}
        name={name}
        type="text"
        inputMode={props.inputMode}
        autoComplete={props.autoComplete}
        spellcheck={false}
        value={props.value}
        aria-required={required ? 'true' : undefined}
        aria-invalid={issues.length > 0 ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        onBlur={(event) => props.onLeave(event.currentTarget.value)}
      />
      {hint === undefined ? null : (
        <span id={`${id}-hint`} class="field-hint">
          {hint}
        </span>
      )}
      <FieldIssueList id={`${id}-error`} issues={issues} model={model} record={record} />
    </div>
  );
}
