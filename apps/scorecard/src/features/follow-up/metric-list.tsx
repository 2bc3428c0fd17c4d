import { useI18n } from '../../i18n/index';
import {
  type AmountMetric,
  type CountMetric,
  ENTITY_METRIC_LABELS,
  type FollowUpMetrics,
  groupCount,
  HOUSEHOLD_METRIC_LABELS,
} from '../../lib/core-adapter';
import { formatMoney, formatPercent } from '../../lib/money';

const METRICS = [
  'coverage',
  'creditHouseholdCoverage',
  'useRateHouseholds',
  'useRateAmount',
] as const;

/** A ratio as a percentage, or a dash (with why) when its denominator is 0. */
export function RatioText({ value }: { readonly value: string | null }) {
  const { t } = useI18n();
  if (value === null)
    return (
      <span class="muted" title={t('followUp.noneHint')}>
        {t('followUp.none')}
      </span>
    );
  return <span data-value={value}>{formatPercent(value)}</span>;
}

/**
 * The four metrics of a group (docs/model.md §17), each with its numerator and denominator as
 * the core counted them: `授信覆盖率 2,426 / 36,349 = 6.67%`.
 */
export function MetricList({
  metrics,
  entities = false,
  testId,
}: {
  readonly metrics: FollowUpMetrics;
  /** Entities' words (信用主体授信率) in place of households'. */
  readonly entities?: boolean;
  readonly testId: string;
}) {
  const { t, lang } = useI18n();
  const names = entities ? ENTITY_METRIC_LABELS : HOUSEHOLD_METRIC_LABELS;
  const fraction = (m: CountMetric | AmountMetric) =>
    typeof m.numerator === 'number'
      ? t('followUp.fraction', {
          numerator: groupCount(m.numerator),
          denominator: groupCount(m.denominator as number),
        })
      : t('followUp.amountFraction', {
          numerator: formatMoney(m.numerator),
          denominator: formatMoney(m.denominator as string),
        });
  return (
    <dl class="metric-list" data-testid={testId}>
      {METRICS.map((id) => {
        const metric = metrics[id];
        return (
          <div key={id} data-metric={id}>
            <dt>{names[id][lang]}</dt>
            <dd>
              <strong>
                <RatioText value={metric.value} />
              </strong>{' '}
              <span class="muted small metric-fraction">{fraction(metric)}</span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** The four metrics' names as column heads, in the core's order and words. */
export function MetricHeads() {
  const { lang } = useI18n();
  return (
    <>
      {METRICS.map((metric) => (
        <th key={metric} scope="col" class="num">
          {HOUSEHOLD_METRIC_LABELS[metric][lang]}
        </th>
      ))}
    </>
  );
}

/** The four metrics' ratios as table cells, in the order of {@link MetricHeads}. */
export function MetricCells({ metrics }: { readonly metrics: FollowUpMetrics }) {
  return (
    <>
      {METRICS.map((metric) => (
        <td key={metric} class="num" data-metric={metric}>
          <RatioText value={metrics[metric].value} />
        </td>
      ))}
    </>
  );
}
