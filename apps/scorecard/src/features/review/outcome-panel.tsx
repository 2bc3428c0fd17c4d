import { useI18n } from '../../i18n/index';
import type { Model } from '../../lib/core-adapter';
import { civilityLevelsOf, dimensionsOf, labelOf, vetoCodesOf } from '../../lib/model-view';
import { GradeSummary } from '../household/grade-summary';
import { cellId } from './member-card';
import { cellKey, placeOf, reviewIssueWords } from './review-issues';
import { quorumView, type ReviewOutcome } from './review-outcome';
import type { ReviewHousehold, ReviewVillage } from './review-state';

/** Props of {@link OutcomePanel}. */
export interface OutcomePanelProps {
  readonly model: Model;
  readonly village: ReviewVillage;
  readonly household: ReviewHousehold;
  readonly outcome: ReviewOutcome;
}

/**
 * What the panel's marks come to, as the core says, updated at each mark: who is present
 * against the quorum, each dimension's marks and the one the median takes, each proposed veto's
 * votes against the majority and whether it stands, then the household's score, grade and limit;
 * or what is still missing or wrong, each problem linked to its cell.
 */
export function OutcomePanel({ model, village, household, outcome }: OutcomePanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { entries } = outcome.input;
  const result = outcome.outcome;
  const receipt = result.ok ? result.explanation.review : undefined;
  const quorum = quorumView(result, entries.length);
  const params = model.document.review;
  const levels = civilityLevelsOf(model);
  const levelName = (code: string) => i18n.label(labelOf(levels, code), code);
  const sep = i18n.lang === 'zh' ? '、' : ', ';
  const absent = village.members.filter((m) => household.marks[m.key]?.present !== true);
  const size = household.panelSize.trim() === '' ? '—' : household.panelSize.trim();

  // Display counts of the marks typed (not a rule: the core's receipt says which mark is taken).
  const tally = (dimension: string) => {
    const counts = new Map<string, number>();
    for (const member of entries) {
      const mark = household.marks[member.key]?.civility[dimension] ?? '';
      counts.set(mark, (counts.get(mark) ?? 0) + 1);
    }
    const parts = levels
      .filter((l) => (counts.get(l.code) ?? 0) > 0)
      .map((l) => `${levelName(l.code)} ${counts.get(l.code)}`);
    for (const [mark, n] of counts)
      if (mark !== '' && !levels.some((l) => l.code === mark)) parts.push(`${mark} ${n}`);
    const unmarked = counts.get('') ?? 0;
    if (unmarked > 0) parts.push(t('review.unmarkedCount', { n: unmarked }));
    return parts.join(' · ');
  };
  const proposedCount = (code: string) =>
    entries.filter((m) => household.marks[m.key]?.vetoes.includes(code) === true).length;
  const proposedCodes = [
    ...new Set(entries.flatMap((m) => household.marks[m.key]?.vetoes ?? [])),
  ].sort();

  return (
    // Not a landmark of its own: the column around it is the region named by its heading.
    <div class="review-outcome card" data-testid="review-outcome">
      <h4 id="review-outcome-title">{t('review.outcome')}</h4>
      <p
        class={`quorum quorum-${quorum.state}`}
        data-testid="review-quorum"
        data-state={quorum.state}
      >
        <strong>{t('review.presentOf', { n: entries.length, size })}</strong>{' '}
        {quorum.state === 'met'
          ? quorum.needed === undefined
            ? t('review.quorumMet')
            : t('review.quorumMetNeeded', { needed: quorum.needed })
          : quorum.state === 'short'
            ? t('review.quorumShort', { min: quorum.min })
            : t('review.quorumUnknown')}
      </p>
      {params === undefined ? null : (
        <p class="muted small">
          {t('review.rules', {
            quorum: `${params.quorum.numerator}/${params.quorum.denominator}`,
            majority: `${params.vetoMajority.numerator}/${params.vetoMajority.denominator}`,
          })}
        </p>
      )}
      <p class="small" data-testid="review-present">
        {t('review.presentList', {
          names: entries.length === 0 ? '—' : entries.map((m) => m.id || '—').join(sep),
        })}
        {absent.length === 0
          ? null
          : ` ${t('review.absentList', { names: absent.map((m) => m.id || '—').join(sep) })}`}
      </p>

      <table class="table compact review-dimensions" data-testid="review-dimensions">
        <caption class="visually-hidden">{t('review.dimensionsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.dimension')}</th>
            <th scope="col">{t('review.marksGiven')}</th>
            <th scope="col">{t('review.taken')}</th>
          </tr>
        </thead>
        <tbody>
          {dimensionsOf(model).map((d) => {
            const taken = receipt?.dimensions.find((x) => x.dimension === d.code)?.mark;
            return (
              <tr key={d.code} data-dimension={d.code}>
                <th scope="row">{i18n.label(d.label, d.code)}</th>
                <td>{tally(d.code) || '—'}</td>
                <td class="review-taken">{taken === undefined ? '—' : levelName(taken)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <table class="table compact review-vetoes" data-testid="review-vetoes">
        <caption class="visually-hidden">{t('review.vetoesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.vetoCode')}</th>
            <th scope="col">{t('review.votes')}</th>
            <th scope="col">{t('review.vetoStands')}</th>
          </tr>
        </thead>
        <tbody>
          {(receipt?.proposals.map((p) => p.code) ?? proposedCodes).length === 0 ? (
            <tr>
              <td colSpan={3} class="muted">
                {t('review.noProposals')}
              </td>
            </tr>
          ) : (
            (
              receipt?.proposals ??
              proposedCodes.map((code) => ({ code, count: proposedCount(code), vetoed: undefined }))
            ).map((p) => (
              <tr key={p.code} data-veto={p.code}>
                <th scope="row">
                  {p.code} {i18n.label(labelOf(vetoCodesOf(model), p.code), p.code)}
                </th>
                <td>{t('review.votesOf', { n: p.count, present: entries.length })}</td>
                <td class={p.vetoed === true ? 'is-no' : undefined}>
                  {p.vetoed === undefined
                    ? '—'
                    : p.vetoed
                      ? t('review.vetoYes')
                      : t('review.vetoNo')}
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>

      {result.ok ? (
        <div data-testid="review-result">
          <GradeSummary result={result.explanation.result} model={model} />
        </div>
      ) : (
        <div class="notice notice-warn" data-testid="review-problems">
          <strong>{t('review.problems', { n: result.issues.length })}</strong>
          <ul class="issue-list">
            {result.issues.map((issue, index) => {
              const words = reviewIssueWords(issue, entries, model, i18n);
              const place = placeOf(issue, entries);
              const target =
                place.kind === 'entry' && place.member !== null
                  ? cellId(
                      place.member,
                      place.field === null || place.field === 'reviewer' ? 'present' : place.field,
                    )
                  : place.kind === 'panelSize'
                    ? 'review-household-size'
                    : null;
              return (
                <li key={`${index}:${issue.code}`} data-code={issue.code}>
                  <span class="issue-field">{words.where}</span>
                  <span class="issue-sep">{i18n.lang === 'zh' ? '：' : ': '}</span>
                  <span class="issue-message">{words.what}</span>
                  {target === null ? null : (
                    <>
                      {' '}
                      <button type="button" class="link" onClick={() => focusCell(target)}>
                        {t('action.goTo')}
                      </button>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}

/**
 * Moves the focus to a cell of the grid (a closed list of veto proposals is opened first) and
 * scrolls it into view.
 */
function focusCell(id: string): void {
  const element = document.getElementById(id);
  if (element === null) return;
  if (element instanceof HTMLDetailsElement) element.open = true;
  const target = element.matches('input, select, textarea, button, summary')
    ? element
    : element.querySelector<HTMLElement>('summary, input, select');
  (target ?? element).focus();
  element.scrollIntoView?.({ block: 'center' });
}

/** Cells the core found a problem in, for the grid to mark (`cellKey`). */
export function invalidCells(outcome: ReviewOutcome): ReadonlySet<string> {
  const cells = new Set<string>();
  if (outcome.outcome.ok) return cells;
  for (const issue of outcome.outcome.issues) {
    const place = placeOf(issue, outcome.input.entries);
    if (place.kind === 'entry' && place.member !== null && place.field !== null)
      cells.add(cellKey(place.member, place.field));
  }
  return cells;
}
