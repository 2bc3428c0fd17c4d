import { codeAndName, useGradeName } from '../../components/grade-badge';
import { useI18n } from '../../i18n/index';
import { groupCount, type Model } from '../../lib/core-adapter';
import { gradeCodesOf, gradeTone } from '../../lib/model-view';

/** One bar of the chart: a label and the count of households per grade. */
export interface GradeRow {
  readonly label: string;
  readonly byGrade: Readonly<Record<string, number>>;
}

/**
 * The grade distribution as stacked horizontal bars (overall first, then per village), with
 * the counts written out: the bar lengths are presentation, the counts are the core's.
 */
export function GradeChart({
  rows,
  model,
  note,
}: {
  readonly rows: readonly GradeRow[];
  readonly model: Model;
  /** Said under the chart (why only the overall bar is drawn, for a large batch). */
  readonly note?: string | undefined;
}) {
  const { t } = useI18n();
  const gradeName = useGradeName(model);
  const codes = gradeCodesOf(model);
  return (
    <figure class="card grade-chart" aria-labelledby="grade-chart-title" data-testid="grade-chart">
      <figcaption id="grade-chart-title">
        <h3>{t('chart.title')}</h3>
      </figcaption>
      <ul class="legend" aria-hidden="true">
        {codes.map((code) => (
          <li key={code}>
            <span class={`swatch tone-${gradeTone(model, code)}`} />{' '}
            {codeAndName(code, gradeName(code))}
          </li>
        ))}
      </ul>
      <ul class="chart-rows">
        {rows.map((row, index) => {
          const total = codes.reduce((sum, code) => sum + (row.byGrade[code] ?? 0), 0);
          const counts = codes
            .map((code) => `${code} ${groupCount(row.byGrade[code] ?? 0)}`)
            .join(' · ');
          return (
            <li
              key={`${index}:${row.label}`}
              class={`chart-row${index === 0 ? ' is-overall' : ''}`}
            >
              <span class="chart-label">{row.label}</span>
              <span
                class="chart-bar"
                role="img"
                aria-label={t('chart.label', { village: row.label, counts })}
              >
                {total === 0 ? (
                  <span class="chart-empty">{t('chart.noData')}</span>
                ) : (
                  codes.map((code) => {
                    const count = row.byGrade[code] ?? 0;
                    return count === 0 ? null : (
                      <span
                        key={code}
                        class={`chart-segment tone-${gradeTone(model, code)}`}
                        style={{ width: `${(count / total) * 100}%` }}
                        title={`${code}: ${groupCount(count)}`}
                      />
                    );
                  })
                )}
              </span>
              <span class="chart-counts">{counts}</span>
            </li>
          );
        })}
      </ul>
      {note === undefined ? null : <p class="muted small">{note}</p>}
    </figure>
  );
}
