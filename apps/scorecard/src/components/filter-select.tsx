/** One choice of a {@link FilterSelect}. */
export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

/** Props of {@link FilterSelect}. */
export interface FilterSelectProps {
  readonly id: string;
  readonly label: string;
  /** The chosen value; `''` keeps every row. */
  readonly value: string;
  /** The words of the choice that keeps every row. */
  readonly allLabel: string;
  readonly options: readonly FilterOption[];
  readonly onChange: (value: string) => void;
  /** The label beside the select, on one line, instead of above it. */
  readonly inline?: boolean;
}

/** A labelled select that keeps a table's rows of one value (a grade, a type, a rating). */
export function FilterSelect({
  id,
  label,
  value,
  allLabel,
  options,
  onChange,
  inline = false,
}: FilterSelectProps) {
  return (
    <div class={inline ? 'field-inline' : 'field'}>
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
