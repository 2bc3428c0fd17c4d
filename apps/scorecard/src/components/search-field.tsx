/**
 * The search box of a table: a labelled search input, not autocompleted (ids and names are
 * the clerk's data).
 */
export function SearchField({
  id,
  label,
  value,
  onInput,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={value}
        autoComplete="off"
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}
