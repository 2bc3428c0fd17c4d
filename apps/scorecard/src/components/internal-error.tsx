import { useI18n } from '../i18n/index';

/**
 * A failure that is not the user's (a bug, a browser out of memory): said in the UI's language,
 * with the technical text folded away for whoever reports it. It is never a message about the
 * user's data (those are the core's issues, said in words), so it quotes none of it.
 */
export function InternalError({ error }: { readonly error: string }) {
  const { t } = useI18n();
  return (
    <div class="notice notice-warn" role="alert" data-testid="internal-error">
      <strong>{t('error.internal')}</strong>
      <details>
        <summary>{t('error.details')}</summary>
        <code lang="en">{error}</code>
      </details>
    </div>
  );
}
