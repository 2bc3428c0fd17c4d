import { FileButton } from '../../components/file-button';
import { useI18n } from '../../i18n/index';
import { CameraScan } from './camera-scan';
import { readCodeFile } from './code-file';
import type { Verify } from './use-verify';

/**
 * Where a certificate code comes in: pasted (checked at once) or typed (checked on 核验 or
 * Enter), opened from a file (text, certificates.ndjson, or a picture of the QR code), or
 * scanned with the camera.
 */
export function CodeInput({ verify }: { readonly verify: Verify }) {
  const { t } = useI18n();
  const submit = () => verify.check(verify.text, 'typed');
  return (
    <section class="card code-input" aria-labelledby="code-title">
      <h3 id="code-title">{t('verify.code.title')}</h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div class="field">
          <label for="verify-code">{t('verify.code.label')}</label>
          <textarea
            id="verify-code"
            class="code-text"
            rows={3}
            spellcheck={false}
            autoComplete="off"
            autoCapitalize="off"
            aria-describedby="verify-code-hint"
            value={verify.text}
            onInput={(event) => {
              const text = event.currentTarget.value;
              verify.setText(text);
              // A paste (or a drop) is a whole code: checked at once. Typing waits for 核验.
              const kind = (event as unknown as InputEvent).inputType;
              if (kind === 'insertFromPaste' || kind === 'insertFromDrop') {
                verify.check(text, 'typed');
              }
            }}
            onKeyDown={(event) => {
              // A code has no line breaks: Enter checks it, as in a one-line field.
              if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                event.preventDefault();
                submit();
              }
            }}
          />
          <span id="verify-code-hint" class="field-hint">
            {t('verify.code.hint')}
          </span>
        </div>
        <div class="toolbar code-actions">
          <button type="submit" class="button button-primary" data-testid="verify-check">
            {t('verify.code.check')}
          </button>
          <FileButton
            id="verify-file"
            label={t('verify.code.file')}
            accept=".txt,.ndjson,.json,text/plain,application/json,image/*"
            onFile={(file) => {
              void readCodeFile(file).then(verify.fromFile);
            }}
          />
          <button
            type="button"
            class="button button-quiet"
            disabled={verify.text === ''}
            onClick={() => verify.setText('')}
          >
            {t('verify.code.clear')}
          </button>
        </div>
      </form>
      <CameraScan onCode={(text) => verify.check(text, 'scan')} />
      {verify.inputProblem === null ? null : (
        <p class="notice notice-warn" role="alert" data-testid="code-problem">
          {t(`verify.input.${verify.inputProblem}`)}
        </p>
      )}
    </section>
  );
}
