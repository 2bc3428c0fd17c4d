import { useMemo, useState } from 'preact/hooks';
import { codeAndName, useGradeName } from '../../components/grade-badge';
import { ScrollArea } from '../../components/scroll-area';
import { useI18n } from '../../i18n/index';
import {
  type EntityNotice,
  groupCount,
  type Model,
  type TownshipOutcome,
} from '../../lib/core-adapter';
import { gradeCodesOf, gradeTone } from '../../lib/model-view';
import { formatPercent } from '../../lib/money';
import type { BatchRun } from '../../worker/run-batch';
import { type ChartKey, type ChartRow, CountChart } from './count-chart';
import { TownshipBadge } from './township-badge';
import { TownshipDetail } from './township-detail';
import { shareName, townshipParametersOf, villageRatingKeys } from './township-model';
import { entitiesByTownship, townshipLabel, villagesByTownship } from './township-villages';

/** Props of {@link TownshipsView}. */
export interface TownshipsViewProps {
  readonly run: BatchRun;
  readonly outcome: TownshipOutcome;
  readonly model: Model;
  /** Shows a township's entity notice in the printable view. */
  readonly onPrintEntityNotice: (notice: EntityNotice) => void;
}

/**
 * 乡镇评定: each township of the batch with its rating, its villages in the batch against those
 * registered, its shares and the gates it failed; charts of its villages by rating and of its
 * entities by grade; and, opened, one township's villages, shares, bands and gates in words.
 */
export function TownshipsView({ run, outcome, model, onPrintEntityNotice }: TownshipsViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const gradeName = useGradeName(model);
  const [opened, setOpened] = useState<number | null>(null);
  const { townships } = outcome;
  const shares = townshipParametersOf(model)?.shares ?? [];
  const gates = townshipParametersOf(model)?.gates ?? [];
  const villages = useMemo(() => villagesByTownship(townships, run.villages), [townships, run]);
  const scored = useMemo(
    () => (run.entities ?? []).flatMap((e) => (e.outcome.ok ? [e.outcome.result] : [])),
    [run],
  );
  const entities = useMemo(() => entitiesByTownship(townships, scored), [townships, scored]);
  const labels = townships.map((township, i) => townshipLabel(township, i, t('township.unnamed')));

  const ratingKeys: ChartKey[] = [
    ...villageRatingKeys(model, i18n),
    { code: 'absent', name: t('township.absent'), tone: 'absent' },
  ];
  const villageRows: ChartRow[] = townships.map((township, i) => {
    const { total, inBatch } = township.villages;
    const absent = total == null || inBatch == null ? 0 : Math.max(0, total - inBatch);
    return {
      label: labels[i] ?? '',
      counts: { ...township.villages, absent } as Record<string, number>,
    };
  });
  const gradeKeys: ChartKey[] = gradeCodesOf(model).map((code) => ({
    code,
    name: codeAndName(code, gradeName(code)),
    tone: gradeTone(model, code),
  }));
  const entityRows: ChartRow[] = townships.map((_, i) => {
    const counts: Record<string, number> = {};
    for (const e of entities.byTownship.get(i) ?? []) counts[e.grade] = (counts[e.grade] ?? 0) + 1;
    return { label: labels[i] ?? '', counts };
  });

  const openedTownship = opened === null ? undefined : townships[opened];
  return (
    <section class="townships" aria-labelledby="townships-title" data-testid="townships">
      <h3 id="townships-title" class="section-title">
        {t('township.title')}
      </h3>
      <div class="township-charts">
        <CountChart
          id="township-villages-chart"
          title={t('township.chart.villages')}
          keys={ratingKeys}
          rows={villageRows}
          empty={t('township.chart.noVillages')}
        />
        {run.entities === undefined ? null : (
          <CountChart
            id="township-entities-chart"
            title={t('township.chart.entities')}
            keys={gradeKeys}
            rows={entityRows}
            empty={t('township.chart.noEntities')}
            note={
              entities.other === 0
                ? undefined
                : t('township.chart.otherEntities', { n: groupCount(entities.other) })
            }
          />
        )}
      </div>
      {openedTownship === undefined || opened === null ? (
        <section class="card" aria-labelledby="township-table-title">
          <h4 id="township-table-title" tabIndex={-1}>
            {t('township.table')}
          </h4>
          <ScrollArea label={t('township.table')}>
            <table class="table" data-testid="township-table">
              <thead>
                <tr>
                  <th scope="col">{t('township.col.township')}</th>
                  <th scope="col">{t('township.col.rating')}</th>
                  <th scope="col" class="num">
                    {t('township.col.villages')}
                  </th>
                  {shares.map((share) => (
                    <th scope="col" class="num" key={share.id}>
                      {shareName(model, share.id, i18n)}
                    </th>
                  ))}
                  <th scope="col">{t('township.col.gates')}</th>
                  <th scope="col">{t('villages.col.open')}</th>
                </tr>
              </thead>
              <tbody>
                {townships.map((township, i) => (
                  <tr key={`${i}:${township.id ?? ''}`} data-township={township.id ?? ''}>
                    <th scope="row">{labels[i]}</th>
                    <td>
                      <TownshipBadge model={model} rating={township.rating} />
                      {township.errors.length > 0 ? (
                        <span class="unrated-reason">{t('township.ownProblems')}</span>
                      ) : township.rating === null ? (
                        <span class="unrated-reason">
                          {t('township.unratedVillages', {
                            n: groupCount(township.villages.unrated ?? 0),
                          })}
                        </span>
                      ) : null}
                    </td>
                    <td class="num">
                      {groupCount(township.villages.inBatch ?? 0)} /{' '}
                      {township.villages.total == null ? '—' : groupCount(township.villages.total)}
                    </td>
                    {shares.map((share) => {
                      const value = township.shares?.[share.id];
                      return (
                        <td class="num" key={share.id}>
                          {value === undefined ? '—' : formatPercent(value)}
                        </td>
                      );
                    })}
                    <td>
                      {township.gatesFailed === null
                        ? '—'
                        : township.gatesFailed.length === 0
                          ? t('township.gatesPassed')
                          : township.gatesFailed
                              .map((id) => {
                                const gate = gates.find((g) => g.id === id);
                                return gate === undefined
                                  ? id
                                  : t(`township.measure.${gate.measure}`);
                              })
                              .join(t('common.listSep'))}
                    </td>
                    <td>
                      <button
                        type="button"
                        class="button button-small"
                        aria-label={t('township.openLabel', { township: labels[i] ?? '' })}
                        onClick={() => setOpened(i)}
                      >
                        {t('villages.open')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        </section>
      ) : (
        <TownshipDetail
          key={opened}
          township={openedTownship}
          label={labels[opened] ?? ''}
          villages={(villages.get(opened) ?? [])
            .map((i) => run.villages[i])
            .filter((v) => v !== undefined)}
          entities={entities.byTownship.get(opened) ?? []}
          run={run}
          model={model}
          onPrintEntityNotice={onPrintEntityNotice}
          onClose={() => {
            setOpened(null);
            setTimeout(() => document.getElementById('township-table-title')?.focus(), 0);
          }}
        />
      )}
    </section>
  );
}
