import { useI18n } from '../../i18n/index';
import type { ModelState } from './model-state';

/**
 * Which model every figure comes from, on every page: its name, version and file; and, while
 * the default model is in use, a warning that its numbers are designed placeholders, not the
 * county's, so that no one lends on them unknowingly.
 */
export function ModelBanner({
  state,
  onShowModel,
}: {
  readonly state: ModelState;
  readonly onShowModel: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { model } = state;
  const name = i18n.label(model.document.name, model.id);
  return (
    <div
      class={`model-banner screen-only${state.isDefault ? ' is-placeholder' : ''}`}
      data-testid="model-banner"
    >
      <div class="model-banner-inner">
        <p data-testid="model-chip">
          <strong>{t('model.inUse')}</strong>
          {t('model.inUseName', { name, version: model.version })}{' '}
          <code class="muted">{model.id}</code>
          {state.fileName === null ? null : (
            <span class="muted">{` ${t('model.fromFile', { file: state.fileName })}`}</span>
          )}
        </p>
        {state.isDefault ? (
          <p class="model-warning" data-testid="placeholder-warning">
            {t('model.placeholderWarning')}{' '}
            <button type="button" class="link" onClick={onShowModel}>
              {t('model.loadCounty')}
            </button>
          </p>
        ) : null}
      </div>
    </div>
  );
}
