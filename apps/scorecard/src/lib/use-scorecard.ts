import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n/index';
import { afterPress } from './after-press';
import { confirmReplace } from './confirm';
import { fieldKey, type Issue, type PlacedIssues, placeIssues } from './core-adapter';
import type { ScorecardAction, ScorecardState } from './scorecard-state';

/** What a scorecard page knows of its record as scored by the core: valid, or its issues. */
export type ScoreOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Whether a scored record is valid: narrows a generic outcome, which `ok` alone does not. */
function isValid<Outcome extends ScoreOutcome>(
  outcome: Outcome,
): outcome is Outcome & { readonly ok: true } {
  return outcome.ok;
}

/** Issues split into those shown now and those still waiting (fields not yet left). */
export interface SplitIssues {
  readonly shown: readonly Issue[];
  readonly waiting: number;
}

/** What {@link useScorecard} needs of its page. */
export interface ScorecardOptions<Form, Origin, Outcome extends ScoreOutcome> {
  readonly state: ScorecardState<Form, Origin>;
  readonly dispatch: (action: ScorecardAction<Form, Origin>) => void;
  /** The record on screen as the core scored it. */
  readonly outcome: Outcome;
  /** The keys of the form's fields, onto which issues are placed. */
  readonly keys: ReadonlySet<string>;
  /** Moves the focus to a field's input; whether one was found. */
  readonly focusField: (key: string) => boolean;
  /** What screen readers hear when the user asks for the result and it is valid. */
  readonly announce: (outcome: Outcome & { readonly ok: true }) => string;
  /** Whether a form holds typed work, which is only replaced once the user agrees. */
  readonly hasWork: (form: Form) => boolean;
}

/** What {@link useScorecard} gives its page. */
export interface Scorecard<Form, Origin, Outcome extends ScoreOutcome> {
  readonly placed: PlacedIssues;
  /** Whether a field's issues are shown now (it was left, or all were asked for, and it is not being typed in). */
  readonly isShown: (key: string) => boolean;
  readonly split: SplitIssues;
  /** The last valid result of this record while it is being corrected; `null` otherwise. */
  readonly stale: (Outcome & { readonly ok: true }) | null;
  /** The result to show: the valid one, else the stale one, else none. */
  readonly shownOutcome: (Outcome & { readonly ok: true }) | null;
  /** Said to screen readers only when the user asks for the result, never at each keystroke. */
  readonly announcement: string;
  /** Moves the focus to the field that shows an issue (or its nearest enclosing group). */
  readonly goTo: (issue: Issue) => void;
  /** The user asks for the result: every problem is shown, then the focus moves. */
  readonly submit: () => void;
  /** Replaces the form (a load, the example, a reset) once the user agrees, when it holds typed work. */
  readonly replace: (action: ScorecardAction<Form, Origin>) => void;
  /** Takes what reading a file gave: a record replaces the form (as {@link replace}); a report is shown. */
  readonly open: (action: ScorecardAction<Form, Origin>) => void;
  /**
   * The evaluation year's input: typing keeps the year; leaving it keeps the year written
   * plainly and shows its issues (after any press in progress).
   */
  readonly evalYear: {
    readonly onChange: (value: string) => void;
    readonly onLeave: (value: string) => void;
  };
}

/**
 * The behaviour a scorecard page (household or entity) shares around its own form and receipt:
 * a field's issues wait until it is left; the last valid result of this record stays on screen,
 * marked stale, while a field is being corrected (never a panel that flips at every key); asking
 * for the result moves the focus to it, or to the first problem, and says which to screen
 * readers; typed work is only replaced once the user agrees.
 */
export function useScorecard<Form, Origin, Outcome extends ScoreOutcome>({
  state,
  dispatch,
  outcome,
  keys,
  focusField,
  announce,
  hasWork,
}: ScorecardOptions<Form, Origin, Outcome>): Scorecard<Form, Origin, Outcome> {
  type Valid = Outcome & { readonly ok: true };
  const valid = isValid(outcome) ? outcome : null;
  const { t } = useI18n();
  const issues = outcome.ok ? [] : outcome.issues;
  const placed = useMemo(() => placeIssues(issues, keys), [issues, keys]);
  const isShown = (key: string) =>
    (state.showAll || state.touched.has(key)) && state.editing !== key;
  const split = useMemo((): SplitIssues => {
    const shown: Issue[] = [...placed.unplaced];
    let waiting = 0;
    for (const [key, list] of placed.byField) {
      if (isShown(key)) shown.push(...list);
      else waiting += list.length;
    }
    return { shown, waiting };
  }, [placed, state.showAll, state.touched, state.editing]);

  const [lastValid, setLastValid] = useState<{
    readonly generation: number;
    readonly outcome: Valid;
  } | null>(null);
  useEffect(() => {
    if (valid !== null) setLastValid({ generation: state.generation, outcome: valid });
  }, [valid, state.generation]);
  const stale =
    !outcome.ok && lastValid !== null && lastValid.generation === state.generation
      ? lastValid.outcome
      : null;
  const shownOutcome = valid ?? stale;

  const goTo = (issue: Issue) => {
    for (let length = issue.path.length; length > 0; length--) {
      const key = fieldKey(issue.path.slice(0, length));
      if (keys.has(key)) {
        dispatch({ type: 'touch', key });
        if (focusField(key)) return;
      }
    }
  };

  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef(false);
  const submit = () => {
    dispatch({ type: 'submit' });
    pendingFocus.current = true;
  };
  // After a submit has been rendered: the first problem gets the focus, or the result does.
  useEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    if (valid !== null) {
      setAnnouncement(announce(valid));
      document.getElementById('result-title')?.focus();
      return;
    }
    setAnnouncement(t('result.fixN', { n: split.shown.length }));
    const first = split.shown[0];
    if (first !== undefined) goTo(first);
  });

  const replace = (action: ScorecardAction<Form, Origin>) => {
    if (hasWork(state.form) && !confirmReplace(t('confirm.replace'))) return;
    dispatch(action);
  };
  const open = (action: ScorecardAction<Form, Origin>) => {
    if (action.type === 'load') replace(action);
    else dispatch(action);
  };

  const evalYear = {
    onChange: (value: string) => dispatch({ type: 'evalYear', value }),
    onLeave: (value: string) => {
      if (value !== state.evalYear && value !== '') dispatch({ type: 'evalYear', value });
      afterPress(() => dispatch({ type: 'touch', key: 'evalYear' }));
    },
  };

  return {
    placed,
    isShown,
    split,
    stale,
    shownOutcome,
    announcement,
    goTo,
    submit,
    replace,
    open,
    evalYear,
  };
}
