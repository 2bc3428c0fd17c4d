import type { ComponentChildren } from 'preact';
import { FileButton } from '../../components/file-button';
import { IssueTable } from '../../components/issue-table';
import { useI18n } from '../../i18n/index';
import { groupCount } from '../../lib/core-adapter';
import { ModelParameters } from './model-parameters';
import type { ModelState } from './model-state';

/** Props of {@link ModelPage}. */
export interface ModelPageProps {
  readonly state: ModelState;
  readonly onFile: (file: File) => void;
  readonly onReset: () => void;
  /** The comparison with a second model, shown after the model's identity. */
  readonly comparison?: ComponentChildren;
}

/** The model in use: its identity and every parameter; load a county's model or go back. */
export function ModelPage({ state, onFile, onReset, comparison }: ModelPageProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { model, notice } = state;
  return (
    <div class="model-page">
      <div class="page-head">
        <h2>{t('model.title')}</h2>
        <div class="toolbar">
          <FileButton
            id="model-file"
            label={t('model.load')}
            accept=".json,application/json"
            onFile={onFile}
          />
          <button
            type="button"
            class="button button-quiet"
            onClick={onReset}
            disabled={state.isDefault}
          >
            {t('model.reset')}
          </button>
        </div>
      </div>
      {notice === null ? null : notice.kind === 'loaded' ? (
        <p class="notice notice-ok" role="status" data-testid="model-loaded">
          {t('model.loaded', { id: model.id, version: model.version })}
        </p>
      ) : (
        <div class="notice notice-warn" role="alert" data-testid="model-invalid">
          <strong>
            {t('model.invalid', { file: notice.fileName, n: groupCount(notice.issues.length) })}
          </strong>
          <IssueTable issues={notice.issues} model={model} record="model" />
        </div>
      )}
      <section class="card" aria-labelledby="model-stamp-title">
        <h3 id="model-stamp-title">{t('model.stamp')}</h3>
        <dl class="stamp" data-testid="model-stamp">
          <div>
            <dt>{t('model.id')}</dt>
            <dd>
              <code>{model.id}</code> ({state.isDefault ? t('model.default') : t('model.custom')})
            </dd>
          </div>
          <div>
            <dt>{t('model.version')}</dt>
            <dd>{model.version}</dd>
          </div>
          <div>
            <dt>{t('model.hash')}</dt>
            <dd>
              <code class="hash">{model.hash}</code>
            </dd>
          </div>
          {model.document.name === undefined ? null : (
            <div>
              <dt>{t('model.name')}</dt>
              <dd>{i18n.label(model.document.name, model.id)}</dd>
            </div>
          )}
          {model.document.description === undefined ||
          (state.isDefault && i18n.lang === 'zh') ? null : (
            <div>
              <dt>{t('model.description')}</dt>
              {/* The model's own text, in whatever language its author wrote it. */}
              <dd lang={/[\u4e00-\u9fff]/.test(model.document.description) ? 'zh-CN' : 'en'}>
                {model.document.description}
              </dd>
            </div>
          )}
        </dl>
      </section>
      {comparison}
      <ModelParameters model={model} />
    </div>
  );
}
