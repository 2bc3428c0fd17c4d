import { useI18n } from '../../i18n/index';
import { groupCount } from '../../lib/core-adapter';

/** One category of a {@link CountChart}: its code, its name and its colour slot. */
export interface ChartKey {
  readonly code: string;
  readonly name: string;
  readonly tone: string;
}

/** One bar: a label and a count per category. */
export interface ChartRow {
  readonly label: string;
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * Counts per category as stacked horizontal bars, in the style of the review's grade chart:
 * the bar lengths are presentation, the counts (the core's) are written out beside each bar and
 * in each bar's accessible name.
 */
export function CountChart({
  id,
  title,
  keys,
  rows,
  empty,
  note,
}: {
  /** Makes the chart's ids and test id unique on the page. */
  readonly id: string;
  readonly title: string;
  readonly keys: readonly ChartKey[];
  readonly rows: readonly ChartRow[];
  /** Said in a bar with nothing to count. */
  readonly empty: string;
  readonly note?: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <figure class="card grade-chart" aria-labelledby={`${id}-title`} data-testid={id}>
      <figcaption id={`${id}-title`}>
        <h3>{title}</h3>
      </figcaption>
      <ul class="legend" aria-hidden="true">
        {keys.map((key) => (
          <li key={key.code}>
            <span class={`swatch tone-${key.tone}`} /> {key.name}
          </li>
        ))}
      </ul>
      <ul class="chart-rows">
        {rows.map((row, index) => {
          const total = keys.reduce((sum, key) => sum + (row.counts[key.code] ?? 0), 0);
          const counts = keys
            .map((key) => `${key.name} ${groupCount(row.counts[key.code] ?? 0)}`)
            .join(' · ');
          return (
            <li key={`${index}:${row.label}`} class="chart-row" data-row={row.label}>
              <span class="chart-label">{row.label}</span>
              <span
                class="chart-bar"
                role="img"
                aria-label={t('chart.label', { village: row.label, counts })}
              >
                {total === 0 ? (
                  <span class="chart-empty">{empty}</span>
                ) : (
                  keys.map((key) => {
                    const count = row.counts[key.code] ?? 0;
                    return count === 0 ? null : (
                      <span
                        key={key.code}
                        class={`chart-segment tone-${key.tone}`}
                        style={{ width: `${(count / total) * 100}%` }}
                        title={`${key.name}: ${groupCount(count)}`}
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
