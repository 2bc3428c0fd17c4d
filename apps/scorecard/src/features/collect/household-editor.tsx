import { useEffect, useMemo, useRef } from 'preact/hooks';
import { codeAndName, useGradeName } from '../../components/grade-badge';
import { useI18n } from '../../i18n/index';
import { afterPress } from '../../lib/after-press';
import { confirmReplace } from '../../lib/confirm';
import {
  fieldKey,
  groupCount,
  type Issue,
  type Model,
  placeIssues,
  scoreHousehold,
} from '../../lib/core-adapter';
import { formatMoney } from '../../lib/money';
import { focusField } from '../household/focus-field';
import { FormContext, type FormContextValue } from '../household/form-context';
import { fieldKeys, hasTypedWork } from '../household/form-state';
import { HouseholdFormView } from '../household/household-form';
import { toRecord } from '../household/to-record';
import type { CollectionCheck } from './evaluate-collection';
import type { CollectionController } from './use-collection';

/** What the page says after an action on a household (shown, and read out, once). */
export type CollectNotice =
  | {
      readonly kind: 'saved';
      readonly n: number;
      readonly id: string;
      readonly problems: number;
      /** Saved on the way to the next household: its problems are for later. */
      readonly later?: boolean;
    }
  | { readonly kind: 'empty' }
  | { readonly kind: 'removed'; readonly id: string }
  | { readonly kind: 'imported'; readonly village: string; readonly households: number };

/** Props of {@link HouseholdEditor}. */
export interface HouseholdEditorProps {
  readonly model: Model;
  readonly controller: CollectionController;
  readonly check: CollectionCheck;
  readonly onNotice: (notice: CollectNotice) => void;
}

/**
 * The household being collected, in the household form of the scorecard: a new household, or
 * a saved one opened again. "保存本户" puts it into the village (kept on the device at once): a
 * household without problems makes way for the next one; one with problems stays open with
 * every problem shown (saved all the same: nothing typed is ever lost). What is typed is also
 * kept as a draft while typing, so a reload or a closed tab loses nothing.
 */
export function HouseholdEditor({ model, controller, check, onNotice }: HouseholdEditorProps) {
  const { t } = useI18n();
  const gradeName = useGradeName(model);
  const { draft, collection } = controller;
  const state = draft.household;
  const dispatch = controller.dispatchDraft;
  const record = useMemo(() => toRecord(state.form, model), [state.form, model]);
  const outcome = useMemo(
    () => scoreHousehold(record, check.evalYear, model),
    [record, check.evalYear, model],
  );
  const keys = useMemo(() => fieldKeys(state.form, model), [state.form, model]);
  const issues = outcome.ok ? [] : outcome.issues;
  const placed = useMemo(() => placeIssues(issues, keys), [issues, keys]);
  const isShown = (key: string) =>
    (state.showAll || state.touched.has(key)) && state.editing !== key;
  const shownIssues: Issue[] = [...placed.unplaced];
  for (const [key, list] of placed.byField) if (isShown(key)) shownIssues.push(...list);

  const index = collection.households.findIndex((h) => h.uid === draft.uid);
  const isNew = index < 0;
  const n = isNew ? collection.households.length + 1 : index + 1;
  const changed = controller.draftChanged();
  const id = state.form.id.trim();
  const twin =
    id === ''
      ? -1
      : collection.households.findIndex((h) => h.uid !== draft.uid && h.form.id.trim() === id);

  const context: FormContextValue = {
    form: state.form,
    model,
    issues: placed,
    isShown,
    set: (path, value) => dispatch({ type: 'set', path, value }),
    editing: (key) => dispatch({ type: 'editing', key }),
    touch: (key) => afterPress(() => dispatch({ type: 'touch', key })),
    addRow: (list) => dispatch({ type: 'addRow', list }),
    removeRow: (list, i) => dispatch({ type: 'removeRow', list, index: i }),
  };

  // After a save has been drawn: the next household's first field, or the first problem.
  const focusNext = useRef<'next' | 'problem' | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'next') focusField('id');
    else if (target === 'problem') {
      const first = shownIssues[0];
      if (first !== undefined) goTo(first);
    }
  });

  const goTo = (issue: Issue) => {
    for (let length = issue.path.length; length > 0; length--) {
      const key = fieldKey(issue.path.slice(0, length));
      if (keys.has(key) && focusField(key)) return;
    }
  };

  const problems = outcome.ok ? (twin >= 0 ? 1 : 0) : outcome.issues.length;

  const save = () => {
    if (!hasTypedWork(state.form)) {
      onNotice({ kind: 'empty' });
      return;
    }
    controller.saveDraft(problems === 0);
    onNotice({ kind: 'saved', n, id, problems });
    if (problems === 0) focusNext.current = 'next';
    else {
      dispatch({ type: 'submit' });
      focusNext.current = 'problem';
    }
  };

  const result = outcome.ok ? outcome.explanation.result : null;
  return (
    <section class="card household-editor" aria-labelledby="editor-title" data-testid="editor">
      <div class="page-head">
        <h3 id="editor-title" tabIndex={-1}>
          {isNew
            ? t('collect.newHousehold', { n: groupCount(n) })
            : t('collect.editHousehold', { n: groupCount(n), id: id === '' ? '—' : id })}
        </h3>
        <div class="toolbar">
          {isNew && !hasTypedWork(state.form) ? null : (
            <button
              type="button"
              class="button"
              data-testid="next-household"
              onClick={() => {
                // Changes in the form are saved on the way (and said), never dropped.
                if (changed) {
                  controller.saveDraft(true);
                  onNotice({ kind: 'saved', n, id, problems, later: true });
                } else controller.newHousehold();
                focusNext.current = 'next';
              }}
            >
              {t('collect.nextHousehold')}
            </button>
          )}
          {changed ? (
            <button
              type="button"
              class="button button-quiet"
              data-testid="discard"
              onClick={() => {
                if (confirmReplace(t(isNew ? 'collect.confirmClear' : 'collect.confirmDiscard')))
                  controller.discardDraft();
              }}
            >
              {t(isNew ? 'collect.clear' : 'collect.discard')}
            </button>
          ) : null}
        </div>
      </div>
      <p class="muted small" data-testid="draft-state">
        {changed
          ? t('collect.draftKept')
          : isNew
            ? t('collect.draftEmpty')
            : t('collect.draftSame')}
      </p>
      {twin >= 0 ? (
        <p class="notice notice-warn" data-testid="twin">
          {t('collect.twin', { id, n: groupCount(twin + 1) })}
        </p>
      ) : null}
      <FormContext.Provider value={context}>
        <HouseholdFormView evalYearField={null} onSubmit={save} submitLabel={t('collect.save')} />
      </FormContext.Provider>
      <div class="collect-bar" data-testid="collect-bar">
        <span data-testid="collect-bar-state">
          {result === null
            ? t('collect.barPending', { n: groupCount(issues.length) })
            : `${t('resultBar.score', { score: result.score })} · ${codeAndName(result.grade, gradeName(result.grade))} · ${t('resultBar.limit', { limit: formatMoney(result.limit) })}`}
        </span>
        <button type="button" class="button button-primary" onClick={save}>
          {t('collect.save')}
        </button>
      </div>
    </section>
  );
}
