import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/index';
import { today } from '../villages/notice-panel';
import { newRegister } from './objections-files';
import type { DocumentSource } from './use-objections';

/** Props of {@link NewRegisterForm}. */
export interface NewRegisterFormProps {
  readonly onStart: (document: DocumentSource) => void;
  readonly onCancel: () => void;
}

/**
 * A new register of objections for a notice: its first day and length, and the calendar of
 * the re-review (statutory holidays, make-up working days). The core checks the dates when the
 * register is tracked.
 */
export function NewRegisterForm({ onStart, onCancel }: NewRegisterFormProps) {
  const { t } = useI18n();
  const [date, setDate] = useState(today);
  const [days, setDays] = useState('');
  const [holidays, setHolidays] = useState('');
  const [workdays, setWorkdays] = useState('');
  return (
    <form
      class="new-register"
      aria-label={t('objections.newRegister')}
      onSubmit={(event) => {
        event.preventDefault();
        onStart(newRegister({ date, days, holidays, workdays }));
      }}
    >
      <div class="grid grid-2">
        <div class="field">
          <label for="register-date">{t('objections.field.noticeDate')}</label>
          <input
            id="register-date"
            type="date"
            value={date}
            onInput={(e) => setDate(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="register-days">{t('objections.field.noticeDays')}</label>
          <input
            id="register-days"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={days}
            aria-describedby="register-days-hint"
            onInput={(e) => setDays(e.currentTarget.value)}
          />
          <span id="register-days-hint" class="field-hint">
            {t('objections.daysHint')}
          </span>
        </div>
        <div class="field">
          <label for="register-holidays">{t('objections.field.holidays')}</label>
          <textarea
            id="register-holidays"
            rows={3}
            value={holidays}
            aria-describedby="register-dates-hint"
            onInput={(e) => setHolidays(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="register-workdays">{t('objections.field.workdays')}</label>
          <textarea
            id="register-workdays"
            rows={3}
            value={workdays}
            aria-describedby="register-dates-hint"
            onInput={(e) => setWorkdays(e.currentTarget.value)}
          />
        </div>
      </div>
      <p id="register-dates-hint" class="field-hint">
        {t('objections.datesHint')}
      </p>
      <div class="toolbar">
        <button type="submit" class="button button-primary">
          {t('objections.startRegister')}
        </button>
        <button type="button" class="button button-quiet" onClick={onCancel}>
          {t('objections.cancel')}
        </button>
      </div>
    </form>
  );
}
