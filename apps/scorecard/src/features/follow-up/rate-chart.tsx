import { useI18n } from '../../i18n/index';
import { type FollowUpMetrics, HOUSEHOLD_METRIC_LABELS } from '../../lib/core-adapter';
import { formatPercent } from '../../lib/money';

/** The metrics a {@link RateChart} draws, each in its colour slot. */
const CHARTED = [
  { id: 'coverage', tone: 'coverage' },
  { id: 'creditHouseholdCoverage', tone: 'credit' },
  { id: 'useRateAmount', tone: 'use' },
] as const satisfies readonly { id: keyof FollowUpMetrics; tone: string }[];

/** One group of a {@link RateChart}: its name and the core's metrics. */
export interface RateRow {
  readonly label: string;
  readonly metrics: FollowUpMetrics;
}

/**
 * Coverage (授信覆盖率), credit-household coverage (信用户授信率) and the use rate by amount
 * (用信率(额)) of each group, as bars on a 0–100% scale. The lengths are presentation; the
 * percentages written beside them, and in each bar's accessible name, are the core's ratios.
 */
export function RateChart({
  id,
  title,
  rows,
}: {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly RateRow[];
}) {
  const { t, lang } = useI18n();
  return (
    <figure class="card rate-chart" aria-labelledby={`${id}-title`} data-testid={id}>
      <figcaption id={`${id}-title`}>
        <h3>{title}</h3>
      </figcaption>
      <ul class="legend" aria-hidden="true">
        {CHARTED.map((m) => (
          <li key={m.id}>
            <span class={`swatch rate-${m.tone}`} /> {HOUSEHOLD_METRIC_LABELS[m.id][lang]}
          </li>
        ))}
      </ul>
      <ul class="rate-rows">
        {rows.map((row, index) => (
          <li key={`${index}:${row.label}`} class="rate-row" data-row={row.label}>
            <span class="chart-label">{row.label}</span>
            <span class="rate-bars">
              {CHARTED.map((m) => {
                const value = row.metrics[m.id].value;
                const shown = value === null ? t('followUp.none') : formatPercent(value);
                const name = HOUSEHOLD_METRIC_LABELS[m.id][lang];
                return (
                  <span key={m.id} class="rate-line">
                    <span
                      class="rate-track"
                      role="img"
                      aria-label={t('followUp.rateBar', {
                        group: row.label,
                        metric: name,
                        value: shown,
                      })}
                    >
                      <span
                        class={`rate-bar rate-${m.tone}`}
                        style={{ width: `${Math.min(100, Number(value ?? 0) * 100)}%` }}
                      />
                    </span>
                    <span class="rate-value" data-metric={m.id}>
                      {shown}
                    </span>
                  </span>
                );
              })}
            </span>
          </li>
        ))}
      </ul>
      <p class="muted small">{t('followUp.ratesNote')}</p>
    </figure>
  );
}
