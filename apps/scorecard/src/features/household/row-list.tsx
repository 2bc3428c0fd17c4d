import type { ComponentChildren } from 'preact';
import { useI18n } from '../../i18n/index';
import type { MessageKey } from '../../i18n/zh';
import { fieldKey } from '../../lib/core-adapter';
import { GroupIssues } from './fields';
import { focusField } from './focus-field';
import { useForm } from './form-context';
import { inputId, type ListName } from './form-state';

/** Props of {@link RowList}. */
export interface RowListProps {
  readonly list: ListName;
  /** The name of one row (`房屋`), numbered from 1 in headings and buttons. */
  readonly rowName: string;
  readonly addLabel: MessageKey;
  /** The field of a new row that gets the focus. */
  readonly firstField: string;
  readonly renderRow: (index: number) => ComponentChildren;
}

/** A list of rows (houses, machines…) the user adds to and removes from. */
export function RowList({ list, rowName, addLabel, firstField, renderRow }: RowListProps) {
  const { form, addRow, removeRow } = useForm();
  const { t } = useI18n();
  const rows = form[list];
  const addId = `${inputId(list)}-add`;
  return (
    <div class="row-list" id={inputId(list)}>
      <GroupIssues path={[list]} />
      {rows.length === 0 ? <p class="muted">{t('form.emptyList')}</p> : null}
      {rows.map((row, index) => {
        const name = `${rowName} ${index + 1}`;
        return (
          <fieldset key={row.key} class="row" id={inputId(fieldKey([list, index]))}>
            <legend>{name}</legend>
            <div class="row-fields">{renderRow(index)}</div>
            <GroupIssues path={[list, index]} />
            <button
              type="button"
              class="button button-quiet row-remove"
              aria-label={t('action.removeItem', { item: name })}
              onClick={() => {
                removeRow(list, index);
                setTimeout(() => document.getElementById(addId)?.focus(), 0);
              }}
            >
              {t('action.remove')}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        id={addId}
        class="button"
        onClick={() => {
          addRow(list);
          // Focus the new row's first field once it is rendered.
          setTimeout(() => focusField(fieldKey([list, rows.length, firstField])), 0);
        }}
      >
        {t(addLabel)}
      </button>
    </div>
  );
}
