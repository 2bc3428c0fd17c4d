import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/index';
import type { Model } from '../../lib/core-adapter';
import { civilityLevelsOf, dimensionsOf, vetoCodesOf } from '../../lib/model-view';
import { readQuickMarks } from './quick-marks';
import { cellKey } from './review-issues';
import type { MemberMarks, PanelMember } from './review-state';

/** Props of {@link MemberCard}. */
export interface MemberCardProps {
  readonly model: Model;
  readonly member: PanelMember;
  /** The member's entry for this household; absent: not present. */
  readonly marks: MemberMarks | undefined;
  /** Keys of the cells the core found a problem in (`cellKey`). */
  readonly invalid: ReadonlySet<string>;
  readonly onPresent: (present: boolean) => void;
  readonly onMarks: (marks: Readonly<Record<string, string>>) => void;
  readonly onVeto: (code: string, proposed: boolean) => void;
}

/** The DOM id of a cell of the grid (a member's mark of a dimension, their vetoes…). */
export function cellId(member: string, field: string): string {
  return `rv-${member}-${field}`;
}

/**
 * One panel member's entry for the household open: present or not (a member who abstains or
 * is away is unticked and not counted), the eight marks (a select each, or typed at once as
 * digits), and the vetoes the member proposes.
 */
export function MemberCard({
  model,
  member,
  marks,
  invalid,
  onPresent,
  onMarks,
  onVeto,
}: MemberCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const present = marks?.present === true;
  const name = member.id === '' ? t('review.unnamed') : member.id;
  const levels = civilityLevelsOf(model);
  const dimensions = dimensionsOf(model);
  const vetoCodes = vetoCodesOf(model);
  const proposed = marks?.vetoes ?? [];
  const presentId = cellId(member.key, 'present');
  return (
    <fieldset
      class={`member-card${present ? '' : ' is-absent'}`}
      data-member={member.id}
      data-testid="member-card"
    >
      <legend>{t('review.member', { id: name })}</legend>
      <span class="check member-present">
        <input
          type="checkbox"
          id={presentId}
          checked={present}
          onChange={(event) => onPresent(event.currentTarget.checked)}
        />
        <label for={presentId}>{t('review.isPresent')}</label>
      </span>
      {present ? (
        <>
          <QuickEntry
            member={member.key}
            dimensions={dimensions.map((d) => d.code)}
            levels={levels.map((l) => l.code)}
            scale={levels
              .map((l, i) => `${i + 1} ${i18n.label(l.label, l.code)}`)
              .join(i18n.lang === 'zh' ? '、' : ', ')}
            onMarks={onMarks}
          />
          <div class="marks-grid">
            {dimensions.map((d) => {
              const id = cellId(member.key, d.code);
              const value = marks?.civility[d.code] ?? '';
              const known = value === '' || levels.some((l) => l.code === value);
              const bad = invalid.has(cellKey(member.key, d.code));
              return (
                <div key={d.code} class={`field mark-field${bad ? ' is-invalid' : ''}`}>
                  <label for={id}>{i18n.label(d.label, d.code)}</label>
                  <select
                    id={id}
                    value={value}
                    aria-invalid={bad ? 'true' : undefined}
                    onChange={(event) => onMarks({ [d.code]: event.currentTarget.value })}
                  >
                    <option value="">{t('review.unmarked')}</option>
                    {levels.map((l) => (
                      <option key={l.code} value={l.code}>
                        {i18n.label(l.label, l.code)}
                      </option>
                    ))}
                    {known ? null : (
                      <option value={value}>{t('form.unknownValue', { value })}</option>
                    )}
                  </select>
                </div>
              );
            })}
          </div>
          {/* Uncontrolled: unticking the last proposal must not close it under the pointer. */}
          <details id={cellId(member.key, 'vetoes')} class="veto-proposals">
            <summary>{t('review.proposals', { n: new Set(proposed).size })}</summary>
            <div class={`checks${invalid.has(cellKey(member.key, 'vetoes')) ? ' is-invalid' : ''}`}>
              {vetoCodes.map((code) => {
                const id = cellId(member.key, `veto-${code.code}`);
                return (
                  <span key={code.code} class="check">
                    <input
                      type="checkbox"
                      id={id}
                      checked={proposed.includes(code.code)}
                      onChange={(event) => onVeto(code.code, event.currentTarget.checked)}
                    />
                    <label for={id}>
                      {code.code} {i18n.label(code.label, code.code)}
                    </label>
                  </span>
                );
              })}
              {[...new Set(proposed)]
                .filter((code) => !vetoCodes.some((c) => c.code === code))
                .map((code) => (
                  <span key={code} class="check">
                    <input
                      type="checkbox"
                      id={cellId(member.key, `veto-other-${code}`)}
                      checked
                      onChange={() => onVeto(code, false)}
                    />
                    <label for={cellId(member.key, `veto-other-${code}`)}>
                      {t('form.unknownValue', { value: code })}
                    </label>
                  </span>
                ))}
            </div>
          </details>
        </>
      ) : (
        <p class="muted small">{t('review.absent')}</p>
      )}
    </fieldset>
  );
}

/** The digits of {@link readQuickMarks}, applied as they are typed. */
function QuickEntry({
  member,
  dimensions,
  levels,
  scale,
  onMarks,
}: {
  readonly member: string;
  readonly dimensions: readonly string[];
  readonly levels: readonly string[];
  /** The digits and the levels they stand for: `1 好、2 一般、3 差`. */
  readonly scale: string;
  readonly onMarks: (marks: Readonly<Record<string, string>>) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const read = readQuickMarks(text, dimensions, levels);
  const id = cellId(member, 'quick');
  return (
    <div class={`field quick-entry${read.ok ? '' : ' is-invalid'}`}>
      <label for={id}>{t('review.quick')}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-describedby={`${id}-hint`}
        aria-invalid={read.ok ? undefined : 'true'}
        onInput={(event) => {
          const typed = event.currentTarget.value;
          setText(typed);
          const marks = readQuickMarks(typed, dimensions, levels);
          if (marks.ok && Object.keys(marks.marks).length > 0) onMarks(marks.marks);
        }}
      />
      <span id={`${id}-hint`} class="field-hint">
        {read.ok
          ? t('review.quickHint', { n: dimensions.length, digits: scale })
          : t(read.problem === 'digit' ? 'review.quickDigit' : 'review.quickLong', {
              n: dimensions.length,
              digits: scale,
            })}
      </span>
    </div>
  );
}
