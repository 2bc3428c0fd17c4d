import { useState } from 'preact/hooks';
import { GradeBadge } from '../../components/grade-badge';
import { IssueText } from '../../components/issue-text';
import { Pager } from '../../components/pager';
import { useI18n } from '../../i18n/index';
import { confirmReplace } from '../../lib/confirm';
import { groupCount, type Model } from '../../lib/core-adapter';
import { formatMoney } from '../../lib/money';
import type { CollectionCheck } from './evaluate-collection';
import type { CollectNotice } from './household-editor';
import type { CollectionController } from './use-collection';

const PAGE_SIZE = 30;

/** Props of {@link HouseholdList}. */
export interface HouseholdListProps {
  readonly model: Model;
  readonly controller: CollectionController;
  readonly check: CollectionCheck;
  readonly onNotice: (notice: CollectNotice) => void;
}

/**
 * The households saved on this device, in the order they were collected: each with its score,
 * grade and limit from the core, or its problems; the one open in the form marked. Each can be
 * opened again (the household in the form is saved first if it changed) or deleted (after a
 * confirmation).
 */
export function HouseholdList({ model, controller, check, onNotice }: HouseholdListProps) {
  const { t } = useI18n();
  const { households } = controller.collection;
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(households.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = households.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const invalid = check.households.filter((h) => !h.ok).length;
  return (
    <section class="card collected" aria-labelledby="collected-title" data-testid="collected">
      <h3 id="collected-title">{t('collect.saved', { n: groupCount(households.length) })}</h3>
      {households.length === 0 ? (
        <p class="muted">{t('collect.noneSaved')}</p>
      ) : (
        <>
          {invalid > 0 ? (
            <p class="notice notice-warn" data-testid="collected-invalid">
              {t('collect.withProblems', { n: groupCount(invalid) })}
            </p>
          ) : null}
          <ol class="collected-list" start={current * PAGE_SIZE + 1}>
            {shown.map((household, i) => {
              const n = current * PAGE_SIZE + i + 1;
              const standing = check.households[n - 1];
              const id = household.form.id.trim();
              const name = household.form.head.name.trim();
              const open = household.uid === controller.draft.uid;
              const who = t('collect.who', { n: groupCount(n), id: id === '' ? '—' : id });
              return (
                <li
                  key={household.uid}
                  class={`collected-item${open ? ' is-open' : ''}`}
                  data-testid="collected-household"
                  data-id={id}
                >
                  <div class="collected-who">
                    <strong>{who}</strong>
                    {name === '' ? null : <span> {name}</span>}
                    {open ? <span class="muted small"> {t('collect.open')}</span> : null}
                  </div>
                  <div class="collected-standing">
                    {standing === undefined ? null : standing.ok ? (
                      <span data-testid="collected-result">
                        <GradeBadge model={model} code={standing.result.grade} showName />{' '}
                        {t('collect.result', {
                          score: standing.result.score,
                          limit: formatMoney(standing.result.limit),
                        })}
                      </span>
                    ) : (
                      <span class="collected-problems" data-testid="collected-problems">
                        {t('collect.problems', { n: groupCount(standing.error.issues.length) })}
                        {standing.error.issues[0] === undefined ? null : (
                          <>
                            {' '}
                            <IssueText issue={standing.error.issues[0]} model={model} />
                          </>
                        )}
                      </span>
                    )}
                  </div>
                  <div class="toolbar">
                    <button
                      type="button"
                      class="button"
                      disabled={open}
                      aria-label={t('collect.editLabel', { who })}
                      onClick={() => {
                        controller.edit(household.uid);
                        // The form is where the work goes on.
                        setTimeout(() => document.getElementById('editor-title')?.focus(), 0);
                      }}
                    >
                      {t('collect.edit')}
                    </button>
                    <button
                      type="button"
                      class="button button-quiet"
                      aria-label={t('collect.removeLabel', { who })}
                      onClick={() => {
                        if (!confirmReplace(t('collect.confirmRemove', { who }))) return;
                        controller.remove(household.uid);
                        onNotice({ kind: 'removed', id: id === '' ? '—' : id });
                      }}
                    >
                      {t('collect.remove')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
          <Pager page={current} pageSize={PAGE_SIZE} total={households.length} onPage={setPage} />
        </>
      )}
    </section>
  );
}
