import { useI18n } from '../../i18n/index';
import type { Model } from '../../lib/core-adapter';
import { ApplicationForm } from './application-form';
import { CodeInput } from './code-input';
import { TrustPanel } from './trust-panel';
import type { Verify } from './use-verify';
import { VerdictView } from './verdict-view';

/** Props of {@link VerifyPage}. */
export interface VerifyPageProps {
  /** The model in use: its grade labels name a certificate's grade. */
  readonly model: Model;
  readonly verify: Verify;
}

/**
 * 核验 (码上查): a bank or the guarantee company checks a rating certificate offline. The office's
 * trust list is loaded once (and kept); then a code is pasted, opened or scanned, and the core's
 * verdict is shown at once, large, with what the certificate says. A valid entity certificate
 * opens a prefilled guaranteed-loan application (码上填). While an application is open, printing
 * prints the application alone.
 */
export function VerifyPage({ model, verify }: VerifyPageProps) {
  const { t } = useI18n();
  const { trust, checked, verdict, application } = verify;
  const applying =
    application !== null &&
    checked?.code === application.code &&
    verdict?.status === 'valid' &&
    verdict.payload.kind === 'entity'
      ? verdict.payload
      : null;
  return (
    <div class={`verify-page${applying === null ? '' : ' has-application'}`}>
      <div class="verify-screen">
        <h2>{t('verify.title')}</h2>
        <p class="muted">{t('verify.intro')}</p>
        <TrustPanel
          model={model}
          trust={trust}
          notice={verify.trustNotice}
          onLoad={verify.loadTrust}
          onRemove={verify.removeTrust}
        />
        <CodeInput verify={verify} />
        {checked === null ? null : (
          <VerdictView
            model={model}
            checked={checked}
            verdict={verdict}
            onApply={verify.startApplication}
            applying={applying !== null}
          />
        )}
      </div>
      {applying === null || application === null ? null : (
        <ApplicationForm
          verify={verify}
          application={application}
          payload={applying}
          model={model}
        />
      )}
    </div>
  );
}
