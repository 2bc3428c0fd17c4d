import { useState } from 'preact/hooks';
import { FieldLabel } from '../../components/field-label';
import { IssueText } from '../../components/issue-text';
import { useI18n } from '../../i18n/index';
import { useIssueWords } from '../../i18n/issue-words';
import { fieldKey, type Issue, type Model } from '../../lib/core-adapter';
import { normalizeDecimal, normalizeInteger } from '../../lib/normalize-input';
import { type Collection, FACT_FIELDS, type FactField, type FactKey } from './collection';
import type { CollectionCheck } from './evaluate-collection';

/** Props of {@link VillageFactsForm}. */
export interface VillageFactsProps {
  readonly model: Model;
  readonly collection: Collection;
  readonly check: CollectionCheck;
  readonly onFact: (key: FactKey, value: string) => void;
  readonly onEvalYear: (value: string) => void;
  /** Show every problem (households were saved: the village's facts now matter). */
  readonly showAll: boolean;
}

/** The DOM id of a fact's input: `v-loans-balance`. */
export function factInputId(field: FactField): string {
  return `v-${field.path.join('-')}`;
}

/**
 * The village's facts (docs/formats.md §3) and the evaluation year: typed once per village,
 * folded away once the village has an id and its registered households. Each problem the core
 * finds in them shows at its field once the field is left (or once households are saved).
 */
export function VillageFactsForm({
  model,
  collection,
  check,
  onFact,
  onEvalYear,
  showAll,
}: VillageFactsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const words = useIssueWords(model);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState(
    () => collection.village.id.trim() === '' || collection.village.householdsTotal.trim() === '',
  );
  const touch = (key: string) => setTouched((s) => (s.has(key) ? s : new Set([...s, key])));
  const shown = (key: string) => showAll || touched.has(key);
  const byField = new Map<string, Issue[]>();
  const others: Issue[] = [];
  for (const issue of check.villageIssues) {
    const field = FACT_FIELDS.find(
      (f) => fieldKey(f.path) === fieldKey(issue.path.slice(0, f.path.length)),
    );
    if (field === undefined) others.push(issue);
    else byField.set(fieldKey(field.path), [...(byField.get(fieldKey(field.path)) ?? []), issue]);
  }
  const levels = model.document.village.items.partyOrganisation.levels;
  const { village } = collection;
  const summary = [village.id.trim(), village.name.trim()].filter(Boolean).join(' · ');
  const yearProblems =
    check.yearIssues === 'missing' ? null : check.yearIssues.length > 0 ? check.yearIssues : null;
  const yearShown = shown('evalYear') && (check.yearIssues === 'missing' || yearProblems !== null);

  return (
    <details
      class="card village-facts"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid="village-facts"
    >
      <summary>
        <span class="village-facts-title">{t('collect.village')}</span>
        <span class="muted">{summary === '' ? t('collect.villageEmpty') : summary}</span>
      </summary>
      <div class="grid grid-3">
        <div class={`field${yearShown ? ' is-invalid' : ''}`}>
          <FieldLabel id="v-evalYear" text={t('field.evalYear')} required />
          <input
            id="v-evalYear"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={collection.evalYear}
            aria-required="true"
            aria-invalid={yearShown ? 'true' : undefined}
            aria-describedby={yearShown ? 'v-evalYear-error' : undefined}
            onInput={(event) => onEvalYear(event.currentTarget.value)}
            onBlur={(event) => {
              const plain = normalizeInteger(event.currentTarget.value);
              if (plain !== event.currentTarget.value) onEvalYear(plain);
              touch('evalYear');
            }}
          />
          {yearShown ? (
            <ul id="v-evalYear-error" class="field-issues">
              {yearProblems === null ? (
                <li>{t('collect.yearMissing')}</li>
              ) : (
                yearProblems.map((issue) => (
                  <li key={issue.code}>
                    <IssueText issue={issue} model={model} record="batch" withField={false} />
                  </li>
                ))
              )}
            </ul>
          ) : null}
        </div>
        {FACT_FIELDS.map((field) => {
          const key = fieldKey(field.path);
          const id = factInputId(field);
          const issues = shown(key) ? (byField.get(key) ?? []) : [];
          const invalid = issues.length > 0;
          const value = village[field.key];
          const common = {
            id,
            'aria-required': field.required ? ('true' as const) : undefined,
            'aria-invalid': invalid ? ('true' as const) : undefined,
            'aria-describedby': invalid ? `${id}-error` : undefined,
          };
          return (
            <div key={key} class={`field${invalid ? ' is-invalid' : ''}`}>
              <FieldLabel
                id={id}
                text={words.name(field.path, 'village')}
                required={field.required}
              />
              {field.kind === 'choice' ? (
                <select
                  {...common}
                  value={value}
                  onChange={(event) => {
                    onFact(field.key, event.currentTarget.value);
                    touch(key);
                  }}
                  onBlur={() => touch(key)}
                >
                  <option value="">{t('form.choose')}</option>
                  {levels.map((level) => (
                    <option key={level.code} value={level.code}>
                      {i18n.label(level.label, level.code)}
                    </option>
                  ))}
                  {value !== '' && !levels.some((l) => l.code === value) ? (
                    <option value={value}>{t('form.unknownValue', { value })}</option>
                  ) : null}
                </select>
              ) : (
                <input
                  {...common}
                  type="text"
                  inputMode={
                    field.kind === 'integer'
                      ? 'numeric'
                      : field.kind === 'decimal'
                        ? 'decimal'
                        : 'text'
                  }
                  autoComplete="off"
                  spellcheck={false}
                  value={value}
                  onInput={(event) => onFact(field.key, event.currentTarget.value)}
                  onBlur={(event) => {
                    const typed = event.currentTarget.value;
                    const plain =
                      field.kind === 'decimal'
                        ? normalizeDecimal(typed)
                        : field.kind === 'integer'
                          ? normalizeInteger(typed)
                          : typed;
                    if (plain !== typed && typed.trim() !== '') onFact(field.key, plain);
                    touch(key);
                  }}
                />
              )}
              {invalid ? (
                <ul id={`${id}-error`} class="field-issues">
                  {issues.map((issue) => (
                    <li key={`${issue.code}:${fieldKey(issue.path)}`}>
                      <IssueText issue={issue} model={model} record="village" withField={false} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          );
        })}
      </div>
      {others.length > 0 ? (
        <ul class="issue-list" data-testid="village-issues">
          {others.map((issue) => (
            <li key={`${issue.code}:${fieldKey(issue.path)}`}>
              <IssueText issue={issue} model={model} record="village" />
            </li>
          ))}
        </ul>
      ) : null}
      {village.extra === undefined ? null : (
        <p class="muted small">
          {t('collect.extraFields', { keys: Object.keys(village.extra).join(', ') })}
        </p>
      )}
    </details>
  );
}
