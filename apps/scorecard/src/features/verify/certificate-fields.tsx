import type { ComponentChildren } from 'preact';
import { GradeBadge } from '../../components/grade-badge';
import { isMessageKey, useI18n } from '../../i18n/index';
import type { CertificatePayload, Model, TrustedKey } from '../../lib/core-adapter';
import { formatMoney } from '../../lib/money';
import { DateText } from './date-text';

/** The name of an entity type (MODEL.md §8) in the UI's language; a county's own type as its code. */
export function useEntityTypeName(): (type: string) => string {
  const { t } = useI18n();
  return (type) => {
    const key = `verify.entityType.${type}`;
    return isMessageKey(key) ? t(key) : type;
  };
}

/**
 * Everything a certificate says, as a loan officer reads it: who (masked personal data only, as
 * signed), the grade with the model's label, the limit to the fen (and an entity's credit-only
 * and guaranteed parts), the evaluation year, the issuer and the validity; then the key and
 * the model, for whoever checks further.
 */
export function CertificateFields({
  payload,
  trustedKey,
  model,
}: {
  readonly payload: CertificatePayload;
  readonly trustedKey: TrustedKey;
  readonly model: Model;
}) {
  const { t } = useI18n();
  const typeName = useEntityTypeName();
  const yuan = (value: string) => t('verify.field.yuan', { amount: formatMoney(value) });
  const none = t('verify.field.none');
  const rows: [string, ComponentChildren, string?][] =
    payload.kind === 'household'
      ? [
          [t('verify.field.kind'), t('verify.kind.household')],
          [t('verify.field.village'), payload.village],
          [t('verify.field.householdId'), payload.id],
          [t('verify.field.head'), payload.name ?? none, 'name'],
          [t('verify.field.idNumber'), payload.idNumber ?? none, 'idNumber'],
        ]
      : [
          [t('verify.field.kind'), t('verify.kind.entity', { type: typeName(payload.type) })],
          [t('verify.field.entityName'), payload.name ?? none, 'name'],
          [t('verify.field.entityId'), payload.id],
        ];
  return (
    <dl class="certificate-fields" data-testid="certificate-fields">
      {rows.map(([label, value, testId]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd data-field={testId}>{value}</dd>
        </div>
      ))}
      <div>
        <dt>{t('verify.field.grade')}</dt>
        <dd data-field="grade">
          <GradeBadge model={model} code={payload.grade} size="large" showName />
        </dd>
      </div>
      <div class="is-key">
        <dt>{t('verify.field.limit')}</dt>
        <dd data-field="limit" class="money-large">
          {yuan(payload.limit)}
        </dd>
      </div>
      {payload.kind === 'entity' ? (
        <>
          <div>
            <dt>{t('verify.field.creditOnly')}</dt>
            <dd data-field="creditOnly">{yuan(payload.creditOnly)}</dd>
          </div>
          <div>
            <dt>{t('verify.field.guaranteed')}</dt>
            <dd data-field="guaranteed">{yuan(payload.guaranteed)}</dd>
          </div>
        </>
      ) : null}
      <div>
        <dt>{t('verify.field.evalYear')}</dt>
        <dd data-field="evalYear">{t('verify.field.year', { year: payload.evalYear })}</dd>
      </div>
      <div>
        <dt>{t('verify.field.issuer')}</dt>
        <dd data-field="issuer">{payload.issuer}</dd>
      </div>
      <div>
        <dt>{t('verify.field.validity')}</dt>
        <dd data-field="validity">
          <DateText date={payload.issued} />
          {t('verify.field.to')}
          <DateText date={payload.validUntil} />
        </dd>
      </div>
      <div>
        <dt>{t('verify.field.key')}</dt>
        <dd data-field="key">
          <code>{trustedKey.kid}</code>
          {trustedKey.issuer === undefined
            ? null
            : t('verify.field.keyHolder', { issuer: trustedKey.issuer })}
        </dd>
      </div>
      <div>
        <dt>{t('verify.field.model')}</dt>
        <dd data-field="model">
          <code>{payload.model.id}</code> v{payload.model.version}
        </dd>
      </div>
    </dl>
  );
}
