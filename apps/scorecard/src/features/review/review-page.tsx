import { useState } from 'preact/hooks';
import { FileButton } from '../../components/file-button';
import { IssueText } from '../../components/issue-text';
import { useI18n } from '../../i18n/index';
import { confirmReplace } from '../../lib/confirm';
import type { Model } from '../../lib/core-adapter';
import { downloadText, safeFileName } from '../../lib/download';
import { HouseholdReview } from './household-review';
import { HouseholdTable, householdName } from './household-table';
import { PanelCard } from './panel-card';
import { reviewDocument } from './review-document';
import { exampleReview, type ReviewFileOutcome, readReviewFile } from './review-file';
import { reviewIssueWords } from './review-issues';
import { reviewOutcome } from './review-outcome';
import type { ReviewSession } from './review-state';
import './panel-review.css';
import type { ReviewController } from './use-review';

/** Props of {@link ReviewPage}. */
export interface ReviewPageProps {
  readonly model: Model;
  readonly review: ReviewController;
}

/**
 * 民主评议: a village's panel reviews its households in the council hall. The clerk opens the
 * village's file, names the panel's members, and for each household ticks who is present and
 * enters each one's marks and veto proposals; the core says live what they come to (the median
 * per dimension, the quorum, the vetoes, the score and grade). The review is saved as a batch
 * document whose households carry `review`, which `credit-village evaluate` reads.
 */
export function ReviewPage({ model, review }: ReviewPageProps) {
  const { t } = useI18n();
  const { state, dispatch } = review;
  const [failed, setFailed] = useState<Extract<ReviewFileOutcome, { ok: false }> | null>(null);
  const village = state.villages[state.village];
  const hasWork = state.villages.length > 0;

  const replace = (session: ReviewSession) => {
    if (hasWork && !confirmReplace(t('review.confirmReplace'))) return;
    setFailed(null);
    dispatch({ type: 'load', session });
  };
  const open = (file: File) => {
    void readReviewFile(file, state.evalYear, model).then((outcome) => {
      if (outcome.ok) replace(outcome.session);
      else setFailed(outcome);
    });
  };
  const example = exampleReview(model, t('review.exampleVillage'));
  const download = () => {
    const base = safeFileName(
      (state.fileName ?? `review-${village?.fields.id ?? 'village'}`).replace(/\.json$/i, ''),
      'review',
    );
    downloadText(
      `${base.endsWith('-review') ? base : `${base}-review`}.json`,
      `${JSON.stringify(reviewDocument(state), null, 2)}\n`,
    );
  };

  const household =
    village === undefined || state.household === null
      ? undefined
      : village.households[state.household];
  const unnamed = (n: number) => t('review.unnamedHousehold', { n });

  return (
    <div class="review-page">
      <div class="page-head">
        <h2>{t('review.title')}</h2>
        <div class="toolbar" role="toolbar" aria-label={t('review.toolbar')}>
          <FileButton
            id="review-file"
            label={t('review.openFile')}
            accept=".json,application/json"
            onFile={open}
          />
          <button
            type="button"
            class="button"
            data-testid="review-download"
            disabled={!hasWork}
            onClick={download}
          >
            {t('review.download')}
          </button>
          {example === null ? null : (
            <button
              type="button"
              class="button"
              data-testid="review-example"
              onClick={() => replace(example)}
            >
              {t('review.example')}
            </button>
          )}
          <button
            type="button"
            class="button button-quiet"
            disabled={!hasWork}
            onClick={() => {
              if (confirmReplace(t('review.confirmClear'))) dispatch({ type: 'clear' });
            }}
          >
            {t('review.clear')}
          </button>
        </div>
      </div>
      <p class="muted">{t('review.intro')}</p>
      {failed === null ? null : <LoadFailure failed={failed} model={model} />}
      {village === undefined ? (
        <p class="muted" data-testid="review-empty">
          {t('review.empty')}
        </p>
      ) : (
        <>
          <div class="review-village card">
            {state.villages.length > 1 ? (
              <div class="field">
                <label for="review-village">{t('review.village')}</label>
                <select
                  id="review-village"
                  value={String(state.village)}
                  onChange={(event) =>
                    dispatch({ type: 'village', index: Number(event.currentTarget.value) })
                  }
                >
                  {state.villages.map((v, i) => (
                    <option key={String(i)} value={String(i)}>
                      {villageLabel(v.fields, t('review.unnamedVillage', { n: i + 1 }))}
                    </option>
                  ))}
                </select>
              </div>
            ) : (
              <p data-testid="review-village-name">
                <strong>{t('review.village')}</strong>{' '}
                {villageLabel(village.fields, t('review.unnamedVillage', { n: 1 }))}
              </p>
            )}
            <div class="field field-narrow">
              <label for="review-eval-year">{t('field.evalYear')}</label>
              <input
                id="review-eval-year"
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={state.evalYear}
                onInput={(event) =>
                  dispatch({ type: 'evalYear', value: event.currentTarget.value })
                }
              />
            </div>
          </div>
          <PanelCard village={village} dispatch={dispatch} />
          <HouseholdTable
            model={model}
            village={village}
            evalYear={state.evalYear}
            open={state.household}
            onOpen={(index) => dispatch({ type: 'open', index })}
          />
          {household === undefined || state.household === null ? (
            <p class="muted">{t('review.pick')}</p>
          ) : (
            <HouseholdReview
              model={model}
              village={village}
              index={state.household}
              household={household}
              name={householdName(household, state.household, unnamed)}
              outcome={reviewOutcome(village, household, state.evalYear, model)}
              dispatch={dispatch}
            />
          )}
        </>
      )}
    </div>
  );
}

/** A village as the page names it: `新坝乡 民主村（wj-xinba-03）`, its id, or its position. */
function villageLabel(fields: Readonly<Record<string, unknown>>, unnamed: string): string {
  const id = typeof fields.id === 'string' ? fields.id : '';
  const name = typeof fields.name === 'string' ? fields.name : '';
  if (id === '' && name === '') return unnamed;
  return name === '' || name === id ? id : `${name}（${id}）`;
}

/** Why the chosen file was not opened, with the core's issues where it has some. */
function LoadFailure({
  failed,
  model,
}: {
  readonly failed: Extract<ReviewFileOutcome, { ok: false }>;
  readonly model: Model;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { problem } = failed;
  const where =
    problem.kind === 'shape' || problem.kind === 'review'
      ? t(problem.household === undefined ? 'review.fail.village' : 'review.fail.household', {
          village: problem.village + 1,
          household: (problem.household ?? 0) + 1,
        })
      : '';
  return (
    <div class="notice notice-warn" role="alert" data-testid="review-load-failed">
      <strong>{t('review.fail.title', { file: failed.fileName })}</strong>
      <p>
        {problem.kind === 'json'
          ? t('review.fail.json')
          : problem.kind === 'notBatch'
            ? t('review.fail.notBatch')
            : problem.kind === 'shape'
              ? t('review.fail.shape', { where })
              : t('review.fail.review', { where })}
      </p>
      {failed.issues.length === 0 ? null : (
        <ul class="issue-list">
          {failed.issues.slice(0, 20).map((issue, index) =>
            problem.kind === 'json' ? (
              <li key={String(index)}>
                <IssueText issue={issue} model={model} record="batch" />
              </li>
            ) : (
              <li key={String(index)}>
                <IssueWordsLine words={reviewIssueWords(issue, [], model, i18n)} />
              </li>
            ),
          )}
        </ul>
      )}
    </div>
  );
}

function IssueWordsLine({ words }: { readonly words: { where: string; what: string } }) {
  const { lang } = useI18n();
  return (
    <>
      <span class="issue-field">{words.where}</span>
      <span class="issue-sep">{lang === 'zh' ? '：' : ': '}</span>
      <span class="issue-message">{words.what}</span>
    </>
  );
}
