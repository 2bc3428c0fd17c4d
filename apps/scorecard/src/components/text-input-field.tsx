import { describedBy, type FieldFrame, FieldShell } from './field-shell';

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
  const { id, name, required, issues } = props;
  return (
    <FieldShell frame={props}>
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
    </FieldShell>
  );
}
