import { useI18n } from '../i18n/index';
import type { Issue, Model, RecordKind } from '../lib/core-adapter';
import { type Coded, labelOf } from '../lib/model-view';
import { FieldIssueList } from './field-issue-list';

/** Props of {@link VetoChecks}. */
export interface VetoChecksProps {
  /** The fieldset's id; each box's id and the issues' take it as prefix. */
  readonly id: string;
  readonly legend: string;
  /** The model's veto codes for the record's kind, with their labels. */
  readonly codes: readonly Coded[];
  /** The codes ticked. */
  readonly selected: readonly string[];
  /** The codes ticked once one is ticked or cleared. */
  readonly onChange: (selected: readonly string[]) => void;
  /** The field's issues shown now. */
  readonly issues: readonly Issue[];
  readonly model: Model;
  readonly record: RecordKind;
}

/**
 * A checkbox per veto code of the model (一票否决), by code and label, and per unknown code a
 * loaded record carries (kept, so nothing loaded is silently dropped).
 */
export function VetoChecks({
  id,
  legend,
  codes,
  selected,
  onChange,
  issues,
  model,
  record,
}: VetoChecksProps) {
  const i18n = useI18n();
  const known = codes.map((v) => v.code);
  const offered = [...known, ...selected.filter((code) => !known.includes(code))];
  return (
    <fieldset id={id} class="checks">
      <legend>{legend}</legend>
      {offered.map((code) => {
        const boxId = `${id}-${code.replace(/[^A-Za-z0-9_]+/g, '-')}`;
        const checked = selected.includes(code);
        return (
          <div key={code} class="check">
            <input
              type="checkbox"
              id={boxId}
              value={code}
              checked={checked}
              onChange={() =>
                // Order does not matter: the core sorts veto codes in its result.
                onChange(checked ? selected.filter((v) => v !== code) : [...selected, code])
              }
            />
            <label for={boxId}>
              <span class="code">{code}</span> {i18n.label(labelOf(codes, code), code)}
            </label>
          </div>
        );
      })}
      <FieldIssueList id={`${id}-error`} issues={issues} model={model} record={record} />
    </fieldset>
  );
}
