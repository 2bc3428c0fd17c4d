import type { Dispatch } from 'preact/hooks';
import { useI18n } from '../../i18n/index';
import { confirmReplace } from '../../lib/confirm';
import { normalizeInteger } from '../../lib/normalize-input';
import type { ReviewAction, ReviewVillage } from './review-state';

/** Props of {@link PanelCard}. */
export interface PanelCardProps {
  readonly village: ReviewVillage;
  readonly dispatch: Dispatch<ReviewAction>;
}

/**
 * The village's panel (评议小组): its size (every member, present or not) and the id of each
 * member, as written in the file. Who is present is ticked per household.
 */
export function PanelCard({ village, dispatch }: PanelCardProps) {
  const { t } = useI18n();
  const typed = normalizeInteger(village.panelSize);
  const size = /^\d{1,2}$/.test(typed) ? Number(typed) : 0;
  const missing = size - village.members.length;
  return (
    <section class="card panel-card" aria-labelledby="panel-title" data-testid="panel-card">
      <h3 id="panel-title">{t('review.panel')}</h3>
      <p class="muted small">{t('review.panelIntro')}</p>
      <div class="field field-narrow">
        <label for="review-panel-size">{t('review.panelSize')}</label>
        <input
          id="review-panel-size"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={village.panelSize}
          aria-describedby="review-panel-size-hint"
          onInput={(event) => dispatch({ type: 'panelSize', value: event.currentTarget.value })}
        />
        <span id="review-panel-size-hint" class="field-hint">
          {t('review.panelSizeHint')}
        </span>
      </div>
      <ol class="member-list">
        {village.members.map((member, i) => {
          const id = `review-member-${member.key}`;
          const marked = village.households.some((h) => h.marks[member.key] !== undefined);
          return (
            <li key={member.key} class="member-row">
              <div class="field">
                <label for={id}>{t('review.memberN', { n: i + 1 })}</label>
                <input
                  id={id}
                  type="text"
                  autoComplete="off"
                  value={member.id}
                  onInput={(event) =>
                    dispatch({
                      type: 'renameMember',
                      member: member.key,
                      id: event.currentTarget.value,
                    })
                  }
                />
              </div>
              <button
                type="button"
                class="button button-quiet"
                aria-label={t('review.removeMember', { id: member.id || String(i + 1) })}
                onClick={() => {
                  if (marked && !confirmReplace(t('review.confirmRemove'))) return;
                  dispatch({ type: 'removeMember', member: member.key });
                }}
              >
                {t('action.remove')}
              </button>
            </li>
          );
        })}
      </ol>
      <div class="toolbar">
        <button
          type="button"
          class="button"
          data-testid="add-member"
          onClick={() => dispatch({ type: 'addMember' })}
        >
          {t('review.addMember')}
        </button>
        {missing > 0 ? (
          <button
            type="button"
            class="button"
            data-testid="fill-members"
            onClick={() => {
              for (let i = 0; i < missing; i++) dispatch({ type: 'addMember' });
            }}
          >
            {t('review.fillMembers', { n: size })}
          </button>
        ) : null}
      </div>
    </section>
  );
}
