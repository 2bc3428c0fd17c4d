import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/index';
import type { Issue, Model, VillageResult } from '../../lib/core-adapter';
import { objectionIssueWords } from './objection-issue';
import type { EditOutcome } from './objections-page';

/** Props of {@link AddObjection}. */
export interface AddObjectionProps {
  readonly model: Model;
  readonly villages: readonly VillageResult[];
  /** The day tracked on: the filing date by default. */
  readonly today: string;
  /** Adds the objection to the register, unless the core finds a problem in it. */
  readonly onAdd: (objection: Record<string, unknown>) => EditOutcome;
}

/** The most household ids offered as suggestions for one village. */
const SUGGESTED = 2000;

/**
 * 登记异议: an objection raised during the notice, entered as the clerk receives it: the
 * village and household it is against, the day it was filed, who filed it and its grounds. The
 * grounds may hold personal data: they are written into the register only, never shown in a
 * list. The core checks the objection (a household of the results, not filed after the day
 * tracked on) before it is added.
 */
export function AddObjection({ model, villages, today, onAdd }: AddObjectionProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const ids = villages.map((v) => v.id).filter((id): id is string => id !== null);
  const [village, setVillage] = useState(ids[0] ?? '');
  const [household, setHousehold] = useState('');
  // The day tracked on, until another filing date is typed.
  const [typedFiled, setFiled] = useState<string | null>(null);
  const filed = typedFiled ?? today;
  const [by, setBy] = useState<'household' | 'villager'>('household');
  const [grounds, setGrounds] = useState('');
  const [issues, setIssues] = useState<readonly Issue[]>([]);
  const [added, setAdded] = useState(false);
  const chosen = villages.find((v) => v.id === village);
  const suggestions =
    chosen === undefined
      ? []
      : [
          ...chosen.households.map((h) => h.id),
          ...chosen.errors.flatMap((e) =>
            e.index !== undefined && e.id !== undefined ? [e.id] : [],
          ),
        ].slice(0, SUGGESTED);
  return (
    <section
      class="card add-objection"
      aria-labelledby="add-objection-title"
      data-testid="add-objection"
    >
      <h3 id="add-objection-title">{t('objections.add')}</h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const objection = {
            village,
            household: household.trim(),
            filed: filed.trim(),
            by,
            grounds,
          };
          const done = onAdd(objection);
          if (done.ok) {
            setIssues([]);
            setAdded(true);
            setHousehold('');
            setGrounds('');
          } else {
            setIssues(done.issues);
            setAdded(false);
          }
        }}
      >
        <div class="grid grid-3">
          <div class="field">
            <label for="add-village">{t('objections.field.village')}</label>
            <select
              id="add-village"
              value={village}
              onChange={(e) => setVillage(e.currentTarget.value)}
            >
              {ids.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="add-household">{t('objections.field.household')}</label>
            <input
              id="add-household"
              type="text"
              autoComplete="off"
              list="add-household-ids"
              aria-required="true"
              value={household}
              onInput={(e) => setHousehold(e.currentTarget.value)}
            />
            <datalist id="add-household-ids">
              {suggestions.map((id) => (
                <option key={id} value={id} />
              ))}
            </datalist>
          </div>
          <div class="field">
            <label for="add-filed">{t('objections.field.filed')}</label>
            <input
              id="add-filed"
              type="date"
              value={filed}
              onInput={(e) => setFiled(e.currentTarget.value)}
            />
          </div>
        </div>
        <fieldset class="radio-row">
          <legend>{t('objections.field.by')}</legend>
          <div class="radio-options">
            {(['household', 'villager'] as const).map((value) => (
              <span key={value} class="radio-option">
                <input
                  type="radio"
                  id={`add-by-${value}`}
                  name="add-by"
                  value={value}
                  checked={by === value}
                  onChange={() => setBy(value)}
                />
                <label for={`add-by-${value}`}>{t(`objections.by.${value}`)}</label>
              </span>
            ))}
          </div>
        </fieldset>
        <div class="field">
          <label for="add-grounds">{t('objections.field.grounds')}</label>
          <textarea
            id="add-grounds"
            rows={3}
            aria-required="true"
            value={grounds}
            aria-describedby="add-grounds-hint"
            onInput={(e) => setGrounds(e.currentTarget.value)}
          />
          <span id="add-grounds-hint" class="field-hint">
            {t('objections.groundsHint')}
          </span>
        </div>
        {issues.length === 0 ? null : (
          <div role="alert">
            <ul class="field-issues" data-testid="add-objection-issues">
              {issues.map((issue, i) => {
                const words = objectionIssueWords(issue, model, i18n);
                return (
                  <li key={String(i)} data-code={issue.code}>
                    {words.where}
                    {i18n.lang === 'zh' ? '：' : ': '}
                    {words.what}
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        <div class="toolbar">
          <button type="submit" class="button button-primary" data-testid="add-objection-submit">
            {t('objections.addSubmit')}
          </button>
          <span role="status" class="small">
            {added ? t('objections.added') : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
