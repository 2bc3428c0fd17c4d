import { useState } from 'preact/hooks';
import { FileButton } from '../../components/file-button';
import { ScrollArea } from '../../components/scroll-area';
import { useI18n } from '../../i18n/index';
import { useIssueWords } from '../../i18n/issue-words';
import { confirmReplace } from '../../lib/confirm';
import { groupCount, type Issue, type Model } from '../../lib/core-adapter';
import { DateText } from './date-text';
import type { LoadedTrust } from './saved-trust';
import type { TrustNotice } from './use-verify';

/** Props of {@link TrustPanel}. */
export interface TrustPanelProps {
  readonly model: Model;
  readonly trust: LoadedTrust | null;
  readonly notice: TrustNotice | null;
  readonly onLoad: (text: string, fileName: string | null) => void;
  readonly onRemove: () => void;
}

/**
 * The office's trust list (信任列表): its public keys, loaded once from a file or a paste and
 * kept in this browser, so that certificates are checked offline. Shows which keys are trusted
 * (key id, holder, the public key to read out over the telephone), and replaces or removes it.
 */
export function TrustPanel({ model, trust, notice, onLoad, onRemove }: TrustPanelProps) {
  const { t } = useI18n();
  return (
    <section
      class={`card trust-panel${trust === null ? ' is-missing' : ''}`}
      aria-labelledby="trust-title"
      data-testid="trust-panel"
    >
      <h3 id="trust-title">{trust === null ? t('verify.trust.first') : t('verify.trust.title')}</h3>
      <TrustNoticeView notice={notice} model={model} />
      {trust === null ? (
        <>
          <p>{t('verify.trust.why')}</p>
          <TrustInput hasList={false} onLoad={onLoad} />
        </>
      ) : (
        <>
          <TrustSummary trust={trust} />
          <details class="trust-details">
            <summary>{t('verify.trust.manage')}</summary>
            <TrustKeys trust={trust} />
            <TrustInput hasList onLoad={onLoad} />
            <button
              type="button"
              class="button button-quiet trust-remove"
              onClick={() => {
                if (confirmReplace(t('verify.trust.removeConfirm'))) onRemove();
              }}
            >
              {t('verify.trust.remove')}
            </button>
          </details>
        </>
      )}
    </section>
  );
}

/** How many keys are trusted, whose, and where the list came from. */
function TrustSummary({ trust }: { readonly trust: LoadedTrust }) {
  const { t } = useI18n();
  const { keys } = trust.list;
  const holders = [...new Set(keys.map((k) => k.issuer ?? k.kid))].join(t('common.listSep'));
  return (
    <p data-testid="trust-summary">
      {t('verify.trust.summary', { n: groupCount(keys.length), holders })}
      {trust.fileName === null
        ? t('verify.trust.fromPaste')
        : t('verify.trust.fromFile', { file: trust.fileName })}
      {trust.loaded === '' ? null : (
        <>
          {t('verify.trust.loadedOn')}
          <DateText date={trust.loaded} />
        </>
      )}
    </p>
  );
}

/** The trusted keys: id, holder, and the public key itself (to read out over the telephone). */
function TrustKeys({ trust }: { readonly trust: LoadedTrust }) {
  const { t } = useI18n();
  const { keys } = trust.list;
  return (
    <>
      <ScrollArea label={t('verify.trust.keys')}>
        <table class="table compact trust-keys" data-testid="trust-keys">
          <caption class="visually-hidden">{t('verify.trust.keys')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('verify.trust.col.kid')}</th>
              <th scope="col">{t('verify.trust.col.issuer')}</th>
              <th scope="col">{t('verify.trust.col.x')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.kid}>
                <td>
                  <code>{key.kid}</code>
                </td>
                <td>{key.issuer ?? t('verify.trust.noIssuer')}</td>
                <td>
                  <code class="hash">{key.x}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <p class="muted small">{t('verify.trust.readOut')}</p>
    </>
  );
}

/** A trust list from a file, or pasted. */
function TrustInput({
  hasList,
  onLoad,
}: {
  readonly hasList: boolean;
  readonly onLoad: TrustPanelProps['onLoad'];
}) {
  const { t } = useI18n();
  const [pasted, setPasted] = useState('');
  return (
    <div class="trust-input">
      <FileButton
        id="trust-file"
        label={hasList ? t('verify.trust.replaceFile') : t('verify.trust.openFile')}
        accept=".json,application/json,text/plain"
        onFile={(file) => {
          void file.text().then((text) => onLoad(text, file.name));
        }}
      />
      <details class="trust-paste" open={!hasList}>
        <summary>{hasList ? t('verify.trust.replacePaste') : t('verify.trust.paste')}</summary>
        <div class="field">
          <label for="trust-text">{t('verify.trust.pasteLabel')}</label>
          <textarea
            id="trust-text"
            rows={4}
            spellcheck={false}
            autoComplete="off"
            value={pasted}
            onInput={(event) => setPasted(event.currentTarget.value)}
          />
        </div>
        <button
          type="button"
          class="button"
          onClick={() => {
            onLoad(pasted, null);
            setPasted('');
          }}
        >
          {t('verify.trust.pasteLoad')}
        </button>
      </details>
    </div>
  );
}

/** What became of the last load: loaded, replaced, removed, or refused and why. */
function TrustNoticeView({
  notice,
  model,
}: {
  readonly notice: TrustNotice | null;
  readonly model: Model;
}) {
  const { t } = useI18n();
  if (notice === null) return null;
  if (notice.kind !== 'refused') {
    return (
      <p class="notice notice-ok" role="status" data-testid="trust-notice">
        {t(`verify.trust.${notice.kind}`)}
      </p>
    );
  }
  return (
    <div class="notice notice-warn" role="alert" data-testid="trust-refused">
      <strong>{t(`verify.trust.refused.${notice.problem}`)}</strong>
      {notice.issues.length === 0 ? null : <TrustIssues issues={notice.issues} model={model} />}
    </div>
  );
}

/** How many problems of a refused list are listed. */
const SHOWN = 20;

/** The problems of a refused trust list: where (which key, which field) and what is wrong. */
function TrustIssues({
  issues,
  model,
}: {
  readonly issues: readonly Issue[];
  readonly model: Model;
}) {
  const { t, lang } = useI18n();
  const words = useIssueWords(model);
  const where = (path: readonly (string | number)[]): string => {
    const [first, index, field] = path;
    if (first === undefined) return '';
    if (first !== 'keys') return `「${first}」`;
    if (typeof index !== 'number') return t('verify.trust.at.keys');
    const key = t('verify.trust.at.key', { n: index + 1 });
    if (field === undefined) return key;
    const name =
      field === 'kid' || field === 'x' || field === 'issuer'
        ? t(`verify.trust.col.${field}`)
        : `「${field}」`;
    return `${key} › ${name}`;
  };
  return (
    <ul class="issue-list">
      {issues.slice(0, SHOWN).map((issue, i) => {
        const place = where(issue.path);
        return (
          <li key={`${i}:${issue.code}`}>
            {place === '' ? null : (
              <>
                <span class="issue-field">{place}</span>
                <span class="issue-sep">{lang === 'zh' ? '：' : ': '}</span>
              </>
            )}
            <span class="issue-message">
              {issue.code === 'too_small' ? t('verify.trust.noKeys') : words.message(issue)}
            </span>
          </li>
        );
      })}
      {issues.length > SHOWN ? (
        <li class="muted">{t('issues.more', { n: groupCount(issues.length - SHOWN) })}</li>
      ) : null}
    </ul>
  );
}
