import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../i18n/index';
import type { CertificateVerdict, Model } from '../../lib/core-adapter';
import { compareDecimal } from '../../lib/money';
import { CertificateFields } from './certificate-fields';
import { dateText } from './date-text';
import type { Checked } from './use-verify';

/** The checks whose verdict took the focus, and whether it was still waiting for a trust list. */
const ANNOUNCED = new WeakMap<Checked, boolean>();

/** Props of {@link VerdictView}. */
export interface VerdictViewProps {
  readonly model: Model;
  readonly checked: Checked;
  /** `null` while no trust list is loaded. */
  readonly verdict: CertificateVerdict | null;
  /** Opens the guaranteed-loan application (offered for a valid entity certificate). */
  readonly onApply: () => void;
  readonly applying: boolean;
}

/**
 * The verdict, large and in words: 有效 (genuine and within its validity), 已过期 (genuine, but
 * past its last day) or 无效 (with why, in a loan officer's words, and what to do). A refused
 * certificate shows nothing of its content: none of it can be trusted. The focus moves to the
 * verdict when a code is checked, so it is read out and in view at once.
 */
export function VerdictView({ model, checked, verdict, onApply, applying }: VerdictViewProps) {
  const { t, lang } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const waiting = verdict === null;
  useEffect(() => {
    // Each new verdict once: coming back to the page later does not move the focus again.
    if (ANNOUNCED.get(checked) === waiting) return;
    ANNOUNCED.set(checked, waiting);
    heading.current?.focus();
  }, [checked, waiting]);

  if (verdict === null) {
    return (
      <section class="verdict is-waiting" aria-labelledby="verdict-title" data-testid="verdict">
        <h3 id="verdict-title" ref={heading} tabIndex={-1}>
          {t('verify.verdict.needTrust')}
        </h3>
        <p>{t('verify.verdict.needTrustNote')}</p>
      </section>
    );
  }
  const more = checked.more ? <p class="muted small">{t('verify.verdict.more')}</p> : null;
  if (verdict.status === 'invalid') {
    return (
      <section
        class="verdict is-invalid"
        aria-labelledby="verdict-title"
        data-testid="verdict"
        data-status="invalid"
      >
        <h3 id="verdict-title" ref={heading} tabIndex={-1}>
          <span class="verdict-mark" aria-hidden="true">
            ✗
          </span>
          {t('verify.verdict.invalid')}
        </h3>
        <p class="verdict-reason" data-testid="verdict-reason">
          {verdict.reason === 'unknown_key' && verdict.kid === undefined
            ? t('verify.reason.unknownKeyNoId')
            : t(`verify.reason.${verdict.reason}`, { kid: verdict.kid ?? '' })}
        </p>
        <p>{t(`verify.advice.${verdict.reason}`)}</p>
        {more}
      </section>
    );
  }
  const { payload } = verdict;
  const valid = verdict.status === 'valid';
  const canApply =
    valid && payload.kind === 'entity' && compareDecimal(payload.guaranteed, '0') > 0;
  return (
    <section
      class={`verdict ${valid ? 'is-valid' : 'is-expired'}`}
      aria-labelledby="verdict-title"
      data-testid="verdict"
      data-status={verdict.status}
    >
      <h3 id="verdict-title" ref={heading} tabIndex={-1}>
        <span class="verdict-mark" aria-hidden="true">
          {valid ? '✓' : '!'}
        </span>
        {valid ? t('verify.verdict.valid') : t('verify.verdict.expired')}
      </h3>
      <p class="verdict-reason" data-testid="verdict-reason">
        {valid
          ? t('verify.verdict.validNote', { today: dateText(lang, checked.today) })
          : t('verify.verdict.expiredNote', {
              until: dateText(lang, payload.validUntil),
              today: dateText(lang, checked.today),
            })}
      </p>
      {verdict.key.issuer !== undefined && verdict.key.issuer !== payload.issuer ? (
        <p class="notice notice-warn" data-testid="verdict-holder">
          {t('verify.verdict.otherHolder', { holder: verdict.key.issuer })}
        </p>
      ) : null}
      {more}
      <CertificateFields payload={payload} trustedKey={verdict.key} model={model} />
      {payload.kind !== 'entity' ? null : canApply ? (
        applying ? null : (
          <button
            type="button"
            class="button button-primary apply-start"
            data-testid="apply-start"
            onClick={onApply}
          >
            {t('apply.start')}
          </button>
        )
      ) : (
        <p class="muted" data-testid="apply-unavailable">
          {valid ? t('apply.noGuaranteed') : t('apply.expired')}
        </p>
      )}
    </section>
  );
}
