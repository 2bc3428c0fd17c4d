import type { ComponentChildren } from 'preact';
import { I18nContext, i18nFor } from '../../i18n/index';
import {
  certificateLink,
  type EntityCertificatePayload,
  type Model,
  qrDrawing,
  yuanInCapitals,
} from '../../lib/core-adapter';
import { formatMoney } from '../../lib/money';
import { normalizeDecimal } from '../../lib/normalize-input';
import { moneyText } from './application';
import { useEntityTypeName } from './certificate-fields';
import { plainCreditCode } from './credit-code';
import { dateText } from './date-text';
import { gradeInChinese } from './grade-zh';
import { plainPhone } from './phone';
import type { ApplicationState } from './use-verify';

const ZH = i18nFor('zh');

/**
 * The application as it is printed (print stylesheet only): a form for the bank's counter, in
 * Chinese whatever the UI's language, with the certificate's fields, what the applicant filled
 * in, the certificate code (the bank checks it again) and lines to sign. A field left empty
 * prints as a blank line, to be written in by hand.
 */
export function ApplicationSheet(props: {
  readonly application: ApplicationState;
  readonly payload: EntityCertificatePayload;
  readonly model: Model;
  readonly today: string;
}) {
  return (
    <I18nContext.Provider value={ZH}>
      <Sheet {...props} />
    </I18nContext.Provider>
  );
}

function Sheet({
  application,
  payload,
  model,
  today,
}: {
  readonly application: ApplicationState;
  readonly payload: EntityCertificatePayload;
  readonly model: Model;
  readonly today: string;
}) {
  const z = ZH.t;
  const typeName = useEntityTypeName();
  const { fields } = application;
  const amount = normalizeDecimal(fields.amount);
  const yuan = (value: string) => z('verify.field.yuan', { amount: formatMoney(value) });
  const choice = (value: string, key: 'purpose' | 'repayment') =>
    value === '' ? '' : z(`apply.${key}.${value}` as Parameters<typeof z>[0]);
  const term = fields.termMonths.trim();
  return (
    <article class="print-only application-sheet" lang="zh-CN" data-testid="application-sheet">
      <h2>{z('apply.sheet.title')}</h2>
      <table class="sheet-table">
        <tbody>
          <Row label={z('apply.given.entity')}>{payload.name ?? payload.id}</Row>
          <Row label={z('verify.field.entityId')}>{payload.id}</Row>
          <Row label={z('apply.given.type')}>{typeName(payload.type)}</Row>
          <Row label={z('apply.field.creditCode')}>{plainCreditCode(fields.creditCode)}</Row>
          <Row label={z('apply.field.contactName')}>{fields.contactName.trim()}</Row>
          <Row label={z('apply.field.contactPhone')}>{plainPhone(fields.contactPhone)}</Row>
          <Row label={z('verify.field.grade')}>
            {gradeInChinese(model, payload.grade)}
            {z('apply.sheet.year', { year: payload.evalYear })}
          </Row>
          <Row label={z('verify.field.limit')}>
            {z('apply.sheet.limits', {
              limit: yuan(payload.limit),
              creditOnly: yuan(payload.creditOnly),
              guaranteed: yuan(payload.guaranteed),
            })}
          </Row>
          <Row label={z('apply.field.amount')}>
            {/^\d+(\.\d{1,2})?$/.test(amount) ? (
              <>
                {yuan(moneyText(amount))}
                <span class="sheet-capitals" data-testid="application-capitals">
                  {z('apply.sheet.capitals', { capitals: yuanInCapitals(moneyText(amount)) })}
                </span>
              </>
            ) : (
              ''
            )}
          </Row>
          <Row label={z('apply.field.purpose')}>
            {choice(fields.purpose, 'purpose')}
            {fields.purposeDetail.trim() === '' ? '' : `（${fields.purposeDetail.trim()}）`}
          </Row>
          <Row label={z('apply.field.termMonths')}>
            {term === '' ? '' : z('apply.sheet.months', { n: term })}
          </Row>
          <Row label={z('apply.field.repayment')}>{choice(fields.repayment, 'repayment')}</Row>
          <Row label={z('apply.field.bank')}>{fields.bank.trim()}</Row>
          <Row label={z('apply.sheet.certificate')}>
            <SheetQr code={application.code} />
            <span class="sheet-code">{application.code}</span>
            <br />
            {z('apply.sheet.verified', {
              date: dateText('zh', today),
              issuer: payload.issuer,
              until: dateText('zh', payload.validUntil),
            })}
          </Row>
        </tbody>
      </table>
      <p class="sheet-declaration">
        {fields.declared ? '☑' : '☐'} {z('apply.field.declared')}
      </p>
      <div class="sheet-signs">
        <p>{z('apply.sheet.sign')}</p>
        <p>{z('apply.sheet.date', { date: dateText('zh', today) })}</p>
        <p>{z('apply.sheet.bank')}</p>
        <p>{z('apply.sheet.guarantor')}</p>
      </div>
    </article>
  );
}

/**
 * The certificate's QR code on the printed form, holding the link to this app's check page
 * (`…#/verify/<code>`): the bank's counter scans it to check the certificate again.
 */
function SheetQr({ code }: { readonly code: string }) {
  const qr = qrDrawing(certificateLink(code, appAddress()));
  if (qr === undefined) return null;
  return (
    <svg
      class="sheet-qr"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={ZH.t('apply.sheet.qr')}
      shape-rendering="crispEdges"
      data-testid="application-qr"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path stroke="#000" stroke-width="1" d={qr.d} />
    </svg>
  );
}

/** This app's address without its fragment: where the check page of a link opens. */
function appAddress(): string {
  return `${location.origin}${location.pathname}`;
}

function Row({
  label,
  children,
}: {
  readonly label: string;
  readonly children: ComponentChildren;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}
