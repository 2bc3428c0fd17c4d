import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/index';
import { groupCount, type Model } from '../lib/core-adapter';
import { formatMoney } from '../lib/money';
import { codeAndName, useGradeName } from './grade-badge';

/** The `data-testid`s of a {@link ResultBar} and of its figures. */
export interface ResultBarTestIds {
  readonly bar: string;
  readonly score: string;
  readonly limit: string;
}

/** Props of {@link ResultBar}. */
export interface ResultBarProps {
  /** The result shown (valid or stale); `undefined` before the record has had one. */
  readonly result:
    | { readonly score: number; readonly grade: string; readonly limit: string }
    | undefined;
  readonly model: Model;
  readonly stale: boolean;
  /** Problems and unfilled fields standing between the form and a result. */
  readonly pending: number;
  readonly testIds: ResultBarTestIds;
  /** Said after the limit (an entity's guaranteed part). */
  readonly extra?: ComponentChildren;
}

/**
 * A scorecard's result in one line, kept in view at the foot of the screen while a phone user
 * types (where the full result is below the whole form): score, grade and limit, or how much is
 * left to fill. A link goes to the full result. Not a live region: it changes as the user types.
 */
export function ResultBar({ result, model, stale, pending, testIds, extra }: ResultBarProps) {
  const { t } = useI18n();
  const gradeName = useGradeName(model);
  return (
    <div class={`result-bar${stale ? ' is-stale' : ''}`} data-testid={testIds.bar}>
      {result === undefined ? (
        <span>{t('resultBar.pending', { n: groupCount(pending) })}</span>
      ) : (
        <span>
          <span data-testid={testIds.score}>{t('resultBar.score', { score: result.score })}</span>
          {' · '}
          <strong>{codeAndName(result.grade, gradeName(result.grade))}</strong>
          {' · '}
          <span data-testid={testIds.limit}>
            {t('resultBar.limit', { limit: formatMoney(result.limit) })}
          </span>
          {extra}
          {stale ? <span class="result-bar-stale">{` · ${t('resultBar.stale')}`}</span> : null}
        </span>
      )}
      <a href="#result-title" class="result-bar-link">
        {t('resultBar.show')}
      </a>
    </div>
  );
}
