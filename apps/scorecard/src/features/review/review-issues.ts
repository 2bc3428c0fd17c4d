/**
 * The core's issues of a reviewed household, placed on the grid (the member's entry and the
 * dimension they belong to) and named in the clerk's words. What is wrong is always the core's
 * message (`issueMessage`); a reviewer's mark is a civility mark, and a proposal a veto code, so
 * their issues are rendered as the household's own `civility` and `vetoes` fields are, with the
 * model's labels (好, 不赡养老人) rather than codes.
 */
import type { I18n } from '../../i18n/index';
import { fieldLabel, type Issue, issueMessage, type Model } from '../../lib/core-adapter';
import { dimensionsOf, labelOf } from '../../lib/model-view';
import type { PanelMember } from './review-state';

/** Where an issue belongs on the page. */
export type IssuePlace =
  /**
   * An entry of `review.marks` (its 0-based `index`; its member's key when known): a dimension's
   * mark, the reviewer id, the vetoes proposed, or the whole entry (`field` null).
   */
  | {
      readonly kind: 'entry';
      readonly index: number;
      readonly member: string | null;
      readonly field: string | null;
    }
  /** The household's panel size. */
  | { readonly kind: 'panelSize' }
  /** The review as a whole (the quorum, who is present). */
  | { readonly kind: 'review' }
  /** The household record itself (fixed in the household scorecard or the file). */
  | { readonly kind: 'record' };

/** The place of an issue; `entries` are the members behind `review.marks`, in order. */
export function placeOf(issue: Issue, entries: readonly PanelMember[]): IssuePlace {
  const [first, second, index, field, dimension] = issue.path;
  if (first !== 'review') return { kind: 'record' };
  if (second === 'panelSize') return { kind: 'panelSize' };
  if (second !== 'marks' || typeof index !== 'number') return { kind: 'review' };
  const place =
    field === 'civility' && typeof dimension === 'string'
      ? dimension
      : typeof field === 'string'
        ? field
        : null;
  return { kind: 'entry', index, member: entries[index]?.key ?? null, field: place };
}

/** The key of a grid cell: a member's dimension, `reviewer` or `vetoes`. */
export function cellKey(member: string, field: string): string {
  return `${member}:${field}`;
}

/**
 * The issue as the core would word it for a household's own field: a reviewer's mark as the
 * household's `civility` mark of that dimension, a proposal as its `vetoes`.
 */
function asOwnField(issue: Issue): Issue {
  const [first, second, , field, ...rest] = issue.path;
  if (first !== 'review' || second !== 'marks') return issue;
  if (field === 'civility' || field === 'vetoes') return { ...issue, path: [field, ...rest] };
  return issue;
}

/** An issue of a reviewed household in words: where (the grid's names) and what is wrong. */
export interface IssueWords {
  readonly where: string;
  readonly what: string;
}

/** Names an issue of the review page in the UI's language. */
export function reviewIssueWords(
  issue: Issue,
  entries: readonly PanelMember[],
  model: Model,
  i18n: I18n,
): IssueWords {
  const { lang, t } = i18n;
  const what = issueMessage(asOwnField(issue), { lang, model });
  const place = placeOf(issue, entries);
  switch (place.kind) {
    case 'record':
      return { where: fieldLabel(issue.path, { lang, model }), what };
    case 'panelSize':
      return { where: t('review.panelSize'), what };
    case 'review':
      return {
        where: issue.path.length > 1 ? t('review.present') : t('review.title'),
        what,
      };
    case 'entry': {
      const member = entries[place.index];
      const who =
        member === undefined || member.id === ''
          ? t('review.entry', { n: place.index + 1 })
          : t('review.member', { id: member.id });
      const field = place.field;
      if (field === null) return { where: who, what };
      if (field === 'reviewer') return { where: `${who} · ${t('review.memberId')}`, what };
      if (field === 'vetoes') return { where: `${who} · ${t('review.vetoes')}`, what };
      const name = i18n.label(labelOf(dimensionsOf(model), field), field);
      return { where: `${who} · ${name}`, what };
    }
  }
}
