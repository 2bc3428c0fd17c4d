import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateBatch } from '@credit-village/core';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { useReducer } from 'preact/hooks';
import { afterEach, describe, expect, test } from 'vitest';
import { readQuickMarks } from '../src/features/review/quick-marks';
import {
  householdInput,
  readReviewDocument,
  reviewDocument,
} from '../src/features/review/review-document';
import { reviewIssueWords } from '../src/features/review/review-issues';
import { quorumView, reviewOutcome } from '../src/features/review/review-outcome';
import { ReviewPage } from '../src/features/review/review-page';
import {
  emptySession,
  type ReviewSession,
  reviewReducer,
} from '../src/features/review/review-state';
import { fromSavedReview, toSavedReview } from '../src/features/review/saved-review';
import { i18nFor } from '../src/i18n/index';
import { defaultModel } from '../src/lib/core-adapter';
import { renderIn, vectorText } from './helpers';

const model = defaultModel();
const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const example = (name: string) => readFileSync(join(REPO_ROOT, 'examples', name), 'utf8');

/** review.json's two villages that are valid as written (the third is the invalid cases). */
function reviewedVillages(): { evalYear: number; villages: unknown[] } {
  const document = JSON.parse(vectorText('review.json')) as {
    evalYear: number;
    villages: unknown[];
  };
  return { ...document, villages: document.villages.slice(0, 2) };
}

function read(document: unknown): ReviewSession {
  const outcome = readReviewDocument(document, 'file.json', '2024');
  if (!outcome.ok) throw new Error(`not read: ${JSON.stringify(outcome.problem)}`);
  return outcome.session;
}

afterEach(cleanup);

describe('the review document', () => {
  test('examples/review-village.json comes back byte for byte', () => {
    const text = example('review-village.json');
    const document = JSON.parse(text) as unknown;
    expect(`${JSON.stringify(reviewDocument(read(document)), null, 2)}\n`).toBe(text);
  });

  test("review.json's villages come back unchanged, entry order and empty veto lists included", () => {
    const document = reviewedVillages();
    const again = reviewDocument(read(document));
    expect(again).toEqual(document);
    expect(evaluateBatch(again)).toEqual(evaluateBatch(document));
  });

  test('a review this page could not give back as written is refused, at its household', () => {
    const document = JSON.parse(vectorText('review.json')) as {
      villages: { households: { id: string }[] }[];
    };
    const outcome = readReviewDocument(document, 'review.json', '2024');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    // The first such record of r-invalid: a reviewer listed twice.
    expect(outcome.problem).toEqual({ kind: 'review', village: 2, household: 4 });
    expect(document.villages[2]?.households[4]?.id).toBe('X-dup-reviewer');
    for (const bad of [
      { panelSize: '7', marks: [] },
      { panelSize: 7, marks: [{ reviewer: 'a', civility: {}, note: 'x' }] },
      { panelSize: 7, marks: [{ reviewer: 5, civility: {} }] },
      { panelSize: 7, marks: [], date: '2024-01-01' },
    ]) {
      const one = readReviewDocument({ households: [{ id: 'H', review: bad }] }, 'v.json', '2024');
      expect(one).toEqual({ ok: false, problem: { kind: 'review', village: 0, household: 0 } });
    }
    const both = readReviewDocument(
      { households: [{ id: 'H', civility: {}, review: { panelSize: 3, marks: [] } }] },
      'v.json',
      '2024',
    );
    expect(both.ok).toBe(false);
    expect(readReviewDocument([1, 2], 'a.json', '2024')).toEqual({
      ok: false,
      problem: { kind: 'notBatch' },
    });
    expect(readReviewDocument({ id: 'H1' }, 'h.json', '2024').ok).toBe(false);
  });

  test('what the core is given: present members only, unmarked dimensions left out, no size no key', () => {
    let session = read({ evalYear: 2024, villages: [{ id: 'v', households: [{ id: 'H' }] }] });
    const act = (action: Parameters<typeof reviewReducer>[1]) => {
      session = reviewReducer(session, action);
    };
    act({ type: 'addMember' });
    act({ type: 'addMember' });
    act({ type: 'addMember' });
    act({ type: 'start', household: 0 });
    const [a, b, c] = session.villages[0]?.members ?? [];
    if (a === undefined || b === undefined || c === undefined) throw new Error('members');
    act({ type: 'present', household: 0, member: b.key, present: false });
    act({ type: 'mark', household: 0, member: a.key, marks: { honesty: 'good', lawAbiding: '' } });
    act({ type: 'veto', household: 0, member: c.key, code: 'V2', proposed: true });
    const village = session.villages[0];
    const household = village?.households[0];
    if (village === undefined || household === undefined) throw new Error('household');
    const input = householdInput(village, household);
    expect(input.entries.map((m) => m.id)).toEqual(['r1', 'r3']);
    expect(input.record).toEqual({
      id: 'H',
      review: {
        marks: [
          { reviewer: 'r1', civility: { honesty: 'good' } },
          { reviewer: 'r3', civility: {}, vetoes: ['V2'] },
        ],
      },
    });
    act({ type: 'panelSize', value: '３' });
    const sized = session.villages[0];
    const h = sized?.households[0];
    if (sized === undefined || h === undefined) throw new Error('sized');
    expect(householdInput(sized, h).record.review).toMatchObject({ panelSize: 3 });
  });
});

describe('the review state', () => {
  test('members get fresh ids; a removed member takes their marks along', () => {
    let session = read({ villages: [{ id: 'v', households: [{ id: 'H' }] }] });
    for (let i = 0; i < 3; i++) session = reviewReducer(session, { type: 'addMember' });
    const members = session.villages[0]?.members ?? [];
    expect(members.map((m) => m.id)).toEqual(['r1', 'r2', 'r3']);
    const second = members[1];
    if (second === undefined) throw new Error('member');
    session = reviewReducer(session, { type: 'start', household: 0 });
    session = reviewReducer(session, { type: 'removeMember', member: second.key });
    session = reviewReducer(session, { type: 'addMember' });
    expect(session.villages[0]?.members.map((m) => m.id)).toEqual(['r1', 'r3', 'r4']);
    expect(Object.keys(session.villages[0]?.households[0]?.marks ?? {})).not.toContain(second.key);
  });

  test('kept across reloads as it is; a saved value of another shape is dropped', () => {
    const session = read(reviewedVillages());
    expect(fromSavedReview(JSON.parse(JSON.stringify(toSavedReview(session))))).toEqual(session);
    expect(toSavedReview(emptySession('2025'))).toBeUndefined();
    expect(fromSavedReview({ v: 1, session: { ...session, villages: [{}] } })).toBeUndefined();
    expect(fromSavedReview({ v: 2, session })).toBeUndefined();
    expect(fromSavedReview('x')).toBeUndefined();
  });
});

describe('quick entry', () => {
  const dims = ['a', 'b', 'c'];
  const levels = ['good', 'fair', 'poor'];
  test('one digit per dimension, full-width digits and spaces allowed', () => {
    expect(readQuickMarks('1 3', dims, levels)).toEqual({
      ok: true,
      marks: { a: 'good', b: 'poor' },
    });
    expect(readQuickMarks('２１３', dims, levels)).toEqual({
      ok: true,
      marks: { a: 'fair', b: 'good', c: 'poor' },
    });
  });
  test('a digit without a level, a letter, or too many digits is said, never applied', () => {
    expect(readQuickMarks('14', dims, levels)).toEqual({ ok: false, problem: 'digit' });
    expect(readQuickMarks('0', dims, levels)).toEqual({ ok: false, problem: 'digit' });
    expect(readQuickMarks('g', dims, levels)).toEqual({ ok: false, problem: 'digit' });
    expect(readQuickMarks('1111', dims, levels)).toEqual({ ok: false, problem: 'tooLong' });
  });
});

describe("the core's outcome", () => {
  const vectors = read(reviewedVillages());
  const [worked] = vectors.villages;
  if (worked === undefined) throw new Error('r-worked');
  const outcomeOf = (index: number) => {
    const household = worked.households[index];
    if (household === undefined) throw new Error(`household ${index}`);
    return reviewOutcome(worked, household, '2024', model);
  };

  test('R1: the quorum and how many it needs, from the receipt', () => {
    const r1 = outcomeOf(0);
    expect(quorumView(r1.outcome, r1.input.entries.length)).toEqual({ state: 'met', needed: 5 });
  });

  test("R3: no quorum, with the core's count, minimum and panel", () => {
    const r3 = outcomeOf(2);
    expect(quorumView(r3.outcome, r3.input.entries.length)).toEqual({
      state: 'short',
      count: 5,
      min: 6,
      max: 9,
    });
  });

  test('met while marks are missing: the core raised no quorum issue beside the others', () => {
    const household = worked.households[0];
    if (household === undefined) throw new Error('R1');
    const member = worked.members[0];
    if (member === undefined) throw new Error('member');
    const blanked = {
      ...household,
      marks: {
        ...household.marks,
        [member.key]: { present: true, civility: {}, vetoes: [] },
      },
    };
    const outcome = reviewOutcome(worked, blanked, '2024', model);
    expect(outcome.outcome.ok).toBe(false);
    expect(quorumView(outcome.outcome, outcome.input.entries.length)).toEqual({ state: 'met' });
    const noSize = reviewOutcome(worked, { ...blanked, panelSize: '' }, '2024', model);
    expect(quorumView(noSize.outcome, noSize.input.entries.length)).toEqual({ state: 'unknown' });
  });

  test('the same household object is not evaluated twice', () => {
    expect(outcomeOf(1)).toBe(outcomeOf(1));
  });

  test("problems in the clerk's words: the reviewer and the dimension, the model's labels", () => {
    const household = worked.households[0];
    const member = worked.members[1];
    if (household === undefined || member === undefined) throw new Error('R1');
    const blanked = {
      ...household,
      marks: { ...household.marks, [member.key]: { present: true, civility: {}, vetoes: ['V9'] } },
    };
    const outcome = reviewOutcome(worked, blanked, '2024', model);
    if (outcome.outcome.ok) throw new Error('expected problems');
    const zh = outcome.outcome.issues.map((issue) =>
      reviewIssueWords(issue, outcome.input.entries, model, i18nFor('zh')),
    );
    const line = (w: { where: string; what: string }) => `${w.where}：${w.what}`;
    expect(zh.map(line)).toContain(
      `评议人 ${member.id} · 遵纪守法：必填，请选择 好、一般、差 之一`,
    );
    expect(zh.map(line)).toContainEqual(
      expect.stringMatching(
        new RegExp(`^评议人 ${member.id} · 否决提议：应为 V1 失信被执行人.*「V9」$`),
      ),
    );
    for (const w of zh) {
      expect(w.where).not.toMatch(/review|marks|civility/);
      expect(w.what).not.toMatch(/\bgood\b|\bfair\b|\bpoor\b/);
    }
  });
});

/** The review page with its state, as the app holds it. */
function Page() {
  const [state, dispatch] = useReducer(reviewReducer, undefined, () => emptySession('2024'));
  return <ReviewPage model={model} review={{ state, dispatch }} />;
}

describe('the review page', () => {
  test("the model's examples: R1's marks, its median and veto, live as a mark changes", () => {
    renderIn(<Page />);
    expect(screen.getByTestId('review-empty')).toBeTruthy();
    fireEvent.click(screen.getByTestId('review-example'));
    fireEvent.click(screen.getByRole('button', { name: '评议农户 R1' }));
    const quorum = screen.getByTestId('review-quorum');
    expect(quorum.textContent).toContain('到会 5 人 / 小组 7 人');
    expect(quorum.textContent).toContain('至少 5 人');
    const taken = (dimension: string) =>
      document.querySelector(`tr[data-dimension="${dimension}"] .review-taken`)?.textContent;
    expect(taken('publicSpirit')).toBe('一般');
    expect(taken('filialPiety')).toBe('差');
    expect(screen.getByTestId('score').textContent).toBe('87');
    expect(screen.getByTestId('grade').textContent).toContain('NR');
    const v4 = document.querySelector('tr[data-veto="V4"]');
    expect(v4?.textContent).toContain('3 / 5 人');

    // The first member unticks V4: 2 of 5, no veto; R1 is rated again (score 87 → AA).
    const first = screen.getAllByTestId('member-card')[0];
    if (first === undefined) throw new Error('card');
    fireEvent.click(within(first).getByLabelText('V4 不赡养老人'));
    expect(document.querySelector('tr[data-veto="V4"]')?.textContent).toContain('不成立');
    expect(screen.getByTestId('grade').textContent).not.toContain('NR');

    // Two dimensions raised by the two who marked filial piety poor: the median moves up.
    const cards = screen.getAllByTestId('member-card');
    for (const index of [0, 2, 3]) {
      const card = cards[index];
      if (card === undefined) throw new Error('card');
      fireEvent.change(within(card).getByLabelText('孝敬老人'), { target: { value: 'good' } });
    }
    expect(taken('filialPiety')).toBe('好');
    expect(Number(screen.getByTestId('score').textContent)).toBe(92);
  });

  test('a member away: no quorum, said by the core; the grid cells of a blank mark are marked', () => {
    renderIn(<Page />);
    fireEvent.click(screen.getByTestId('review-example'));
    fireEvent.click(screen.getByRole('button', { name: '评议农户 R2' }));
    const cards = screen.getAllByTestId('member-card');
    const last = cards.find((c) => c.getAttribute('data-member') === 'rep-sun');
    if (last === undefined) throw new Error('rep-sun');
    fireEvent.click(within(last).getByLabelText('到会'));
    expect(screen.getByTestId('review-quorum').getAttribute('data-state')).toBe('short');
    expect(screen.getByTestId('review-problems').textContent).toContain(
      '到会 3 人，评议小组共 6 人，至少需要 4 人到会',
    );
    fireEvent.click(within(last).getByLabelText('到会'));
    const select = within(last).getByLabelText('诚实守信') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: '' } });
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('review-problems').textContent).toContain(
      '评议人 rep-sun · 诚实守信',
    );
  });

  test('quick entry fills the marks in the order of the dimensions', () => {
    renderIn(<Page />);
    fireEvent.click(screen.getByTestId('review-example'));
    fireEvent.click(screen.getByRole('button', { name: '评议农户 R1' }));
    const card = screen.getAllByTestId('member-card')[1];
    if (card === undefined) throw new Error('card');
    fireEvent.input(within(card).getByLabelText('快速录入'), { target: { value: '32' } });
    expect((within(card).getByLabelText('遵纪守法') as HTMLSelectElement).value).toBe('poor');
    expect((within(card).getByLabelText('家庭和谐') as HTMLSelectElement).value).toBe('fair');
    fireEvent.input(within(card).getByLabelText('快速录入'), { target: { value: '39' } });
    expect(within(card).getByText('只能输入数字：1 好、2 一般、3 差')).toBeTruthy();
  });

  test('in English: the words of the page and the core', () => {
    renderIn(<Page />, 'en');
    fireEvent.click(screen.getByTestId('review-example'));
    fireEvent.click(screen.getByRole('button', { name: 'Review household R3' }));
    expect(screen.getByTestId('review-quorum').textContent).toContain(
      'No quorum: at least 6 must be present',
    );
    expect(screen.getByTestId('review-problems').textContent).toContain(
      "5 of the panel's 9 members present, at least 6 needed",
    );
  });
});
