import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/index';
import type { EntityCertificatePayload, Model } from '../../lib/core-adapter';
import { downloadText, safeFileName } from '../../lib/download';
import { formatMoney } from '../../lib/money';
import {
  type ApplicationError,
  type ApplicationField,
  applicationDocument,
  checkApplication,
  MAX_TERM_MONTHS,
  PURPOSES,
  REPAYMENTS,
} from './application';
import { ApplicationSheet } from './application-sheet';
import { useEntityTypeName } from './certificate-fields';
import type { ApplicationState, Verify } from './use-verify';

/** Props of {@link ApplicationForm}. */
export interface ApplicationFormProps {
  readonly verify: Verify;
  readonly application: ApplicationState;
  readonly payload: EntityCertificatePayload;
  readonly model: Model;
}

/**
 * 码上填: a guaranteed-loan application prefilled from a verified entity certificate. What the
 * certificate says (the entity, its grade and limits) is shown, not editable; the applicant adds
 * the contact, the amount (at most the guaranteed part), the purpose and the term. Problems show
 * once a field is left, all of them when saving or printing is asked for; nothing is saved or
 * printed with a problem. The saved JSON carries the certificate code, for the bank to check.
 */
export function ApplicationForm({ verify, application, payload, model }: ApplicationFormProps) {
  const { t } = useI18n();
  const typeName = useEntityTypeName();
  const summary = useRef<HTMLDivElement>(null);
  const [done, setDone] = useState<{ kind: 'saved'; file: string } | { kind: 'stale' } | null>(
    null,
  );
  const { fields } = application;
  const errors = checkApplication(fields, payload.guaranteed);
  const shown = (field: ApplicationField) =>
    application.submitted || application.left.includes(field)
      ? errors.filter((e) => e.field === field)
      : [];

  /** The document, when the application is complete and the certificate still valid today. */
  const ready = (): { today: string; json: string } | undefined => {
    verify.submitApplication();
    setDone(null);
    if (errors.length > 0) {
      // After the re-render that shows them: the list of what to fix takes the focus.
      setTimeout(() => summary.current?.focus(), 0);
      return undefined;
    }
    const today = verify.today();
    if (verify.verifyNow(today)?.status !== 'valid') {
      setDone({ kind: 'stale' });
      return undefined;
    }
    const made = applicationDocument(fields, payload, application.code, today);
    return { today, json: `${JSON.stringify(made, null, 2)}\n` };
  };

  return (
    <section class="card application" aria-labelledby="apply-title" data-testid="application">
      <h3 id="apply-title">{t('apply.title')}</h3>
      <p class="muted">{t('apply.intro')}</p>
      <dl class="certificate-fields apply-given" data-testid="apply-given">
        <Given label={t('apply.given.entity')}>{payload.name ?? payload.id}</Given>
        <Given label={t('verify.field.entityId')}>{payload.id}</Given>
        <Given label={t('apply.given.type')}>{typeName(payload.type)}</Given>
        <Given label={t('apply.given.guaranteed')}>
          {t('verify.field.yuan', { amount: formatMoney(payload.guaranteed) })}
        </Given>
      </dl>
      {application.submitted && errors.length > 0 ? (
        <div
          class="notice notice-warn apply-errors"
          role="alert"
          tabIndex={-1}
          ref={summary}
          data-testid="apply-errors"
        >
          <strong>{t('apply.fix', { n: errors.length })}</strong>
          <ul>
            {errors.map((error) => (
              <li key={`${error.field}:${error.code}`}>
                <a
                  href={`#apply-${error.field}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(`apply-${error.field}`)?.focus();
                  }}
                >
                  {t(`apply.field.${error.field}`)}
                </a>
                {t('apply.sep')}
                <ErrorText error={error} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form
        class="apply-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const made = ready();
          if (made === undefined) return;
          const file = `application-${safeFileName(payload.id, 'entity')}-${made.today}.json`;
          downloadText(file, made.json);
          setDone({ kind: 'saved', file });
        }}
      >
        <fieldset class="apply-group">
          <legend>{t('apply.group.applicant')}</legend>
          <TextInput verify={verify} field="creditCode" errors={shown('creditCode')} />
          <TextInput verify={verify} field="contactName" required errors={shown('contactName')} />
          <TextInput
            verify={verify}
            field="contactPhone"
            required
            inputMode="tel"
            errors={shown('contactPhone')}
          />
        </fieldset>
        <fieldset class="apply-group">
          <legend>{t('apply.group.loan')}</legend>
          <TextInput
            verify={verify}
            field="amount"
            required
            inputMode="decimal"
            hint={t('apply.hint.amount', { max: formatMoney(payload.guaranteed) })}
            errors={shown('amount')}
          />
          <SelectInput
            verify={verify}
            field="purpose"
            options={PURPOSES.map((p) => ({ value: p, label: t(`apply.purpose.${p}`) }))}
            required
            errors={shown('purpose')}
          />
          <TextInput
            verify={verify}
            field="purposeDetail"
            required={fields.purpose === 'other'}
            errors={shown('purposeDetail')}
          />
          <TextInput
            verify={verify}
            field="termMonths"
            required
            inputMode="numeric"
            hint={t('apply.hint.term', { max: MAX_TERM_MONTHS })}
            errors={shown('termMonths')}
          />
          <SelectInput
            verify={verify}
            field="repayment"
            options={REPAYMENTS.map((r) => ({ value: r, label: t(`apply.repayment.${r}`) }))}
            required
            errors={shown('repayment')}
          />
          <TextInput verify={verify} field="bank" errors={shown('bank')} />
        </fieldset>
        <div class={`check apply-declared${shown('declared').length > 0 ? ' is-invalid' : ''}`}>
          <input
            id="apply-declared"
            type="checkbox"
            checked={fields.declared}
            aria-required="true"
            aria-invalid={shown('declared').length > 0 ? 'true' : undefined}
            aria-describedby={shown('declared').length > 0 ? 'apply-declared-error' : undefined}
            onChange={(event) => {
              verify.setField('declared', event.currentTarget.checked);
              verify.leaveField('declared');
            }}
          />
          <label for="apply-declared">{t('apply.field.declared')}</label>
        </div>
        <Errors id="apply-declared-error" errors={shown('declared')} />
        <div class="toolbar apply-actions">
          <button type="submit" class="button button-primary" data-testid="apply-save">
            {t('apply.save')}
          </button>
          <button
            type="button"
            class="button"
            data-testid="apply-print"
            onClick={() => {
              if (ready() !== undefined) globalThis.print?.();
            }}
          >
            {t('apply.print')}
          </button>
          <button type="button" class="button button-quiet" onClick={verify.closeApplication}>
            {t('apply.close')}
          </button>
        </div>
      </form>
      {done === null ? null : done.kind === 'saved' ? (
        <p class="notice notice-ok" role="status" data-testid="apply-saved">
          {t('apply.saved', { file: done.file })}
        </p>
      ) : (
        <p class="notice notice-warn" role="alert" data-testid="apply-stale">
          {t('apply.stale')}
        </p>
      )}
      <ApplicationSheet
        application={application}
        payload={payload}
        model={model}
        today={verify.today()}
      />
    </section>
  );
}

function Given({
  label,
  children,
}: {
  readonly label: string;
  readonly children: ComponentChildren;
}) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A problem in words; `max` is a length or, for the amount, the guaranteed part in yuan. */
function ErrorText({ error }: { readonly error: ApplicationError }) {
  const { t } = useI18n();
  const max = error.max === undefined ? '' : error.max;
  return (
    <>
      {t(`apply.error.${error.code}`, {
        max: error.code === 'amountOver' ? formatMoney(max) : max,
      })}
    </>
  );
}

function Errors({
  id,
  errors,
}: {
  readonly id: string;
  readonly errors: readonly ApplicationError[];
}) {
  if (errors.length === 0) return null;
  return (
    <ul id={id} class="field-issues">
      {errors.map((error) => (
        <li key={error.code}>
          <ErrorText error={error} />
        </li>
      ))}
    </ul>
  );
}

type TextField = Exclude<ApplicationField, 'declared' | 'purpose' | 'repayment'>;

function Label({
  id,
  text,
  required,
}: {
  readonly id: string;
  readonly text: string;
  readonly required: boolean;
}) {
  const { t } = useI18n();
  return (
    <label for={id}>
      {text}
      {required ? (
        <span class="required-mark" aria-hidden="true">
          {' *'}
        </span>
      ) : (
        <span class="optional-mark">{t('apply.optional')}</span>
      )}
    </label>
  );
}

function TextInput({
  verify,
  field,
  required = false,
  inputMode = 'text',
  hint,
  errors,
}: {
  readonly verify: Verify;
  readonly field: TextField;
  readonly required?: boolean;
  readonly inputMode?: 'text' | 'decimal' | 'numeric' | 'tel';
  readonly hint?: string;
  readonly errors: readonly ApplicationError[];
}) {
  const { t } = useI18n();
  const id = `apply-${field}`;
  const value = verify.application?.fields[field] ?? '';
  const described = [hint === undefined ? '' : `${id}-hint`, errors.length > 0 ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field${errors.length > 0 ? ' is-invalid' : ''}`}>
      <Label id={id} text={t(`apply.field.${field}`)} required={required} />
      <input
        id={id}
        name={field}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellcheck={false}
        value={value}
        aria-required={required ? 'true' : undefined}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        aria-describedby={described === '' ? undefined : described}
        onInput={(event) => verify.setField(field, event.currentTarget.value)}
        onBlur={() => verify.leaveField(field)}
      />
      {hint === undefined ? null : (
        <span id={`${id}-hint`} class="field-hint">
          {hint}
        </span>
      )}
      <Errors id={`${id}-error`} errors={errors} />
    </div>
  );
}

function SelectInput({
  verify,
  field,
  options,
  required,
  errors,
}: {
  readonly verify: Verify;
  readonly field: 'purpose' | 'repayment';
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly required: boolean;
  readonly errors: readonly ApplicationError[];
}) {
  const { t } = useI18n();
  const id = `apply-${field}`;
  return (
    <div class={`field${errors.length > 0 ? ' is-invalid' : ''}`}>
      <Label id={id} text={t(`apply.field.${field}`)} required={required} />
      <select
        id={id}
        name={field}
        value={verify.application?.fields[field] ?? ''}
        aria-required={required ? 'true' : undefined}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
        onChange={(event) => {
          verify.setField(field, event.currentTarget.value);
          verify.leaveField(field);
        }}
        onBlur={() => verify.leaveField(field)}
      >
        <option value="">{t('form.choose')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Errors id={`${id}-error`} errors={errors} />
    </div>
  );
}
