import { useI18n } from '../i18n/index';
import { describedBy, type FieldFrame, FieldShell } from './field-shell';

/** One choice of a {@link SelectInputField}: a code and the words shown for it. */
export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/** Props of {@link SelectInputField}. */
export interface SelectInputFieldProps extends FieldFrame {
  readonly value: string;
  readonly options: readonly SelectOption[];
  /** The words of the empty choice (by default "— 请选择 —"). */
  readonly blank?: string | undefined;
  readonly onChange: (value: string) => void;
  readonly onLeave: () => void;
}

/**
 * A labelled select of a scorecard form among the model's codes, shown by their labels; a
 * loaded value the model does not know is kept and shown as such.
 */
export function SelectInputField(props: SelectInputFieldProps) {
  const { id, name, required, issues, value, options } = props;
  const { t } = useI18n();
  const unknown = value !== '' && !options.some((o) => o.value === value);
  return (
    <FieldShell frame={props}>
      <select
        id={id}
        name={name}
        value={value}
        aria-required={required ? 'true' : undefined}
        aria-invalid={issues.length > 0 ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        onBlur={() => props.onLeave()}
      >
        <option value="">{props.blank ?? t('form.choose')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {unknown ? <option value={value}>{t('form.unknownValue', { value })}</option> : null}
      </select>
    </FieldShell>
  );
}
