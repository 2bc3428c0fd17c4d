import { useI18n } from '../../i18n/index';
import type { Stability } from '../../lib/core-adapter';
import { groupCount } from '../../lib/core-adapter';
import type { Sides } from './sides';

const WIDTH = 640;
const PLOT = 150;
const LABELS = 22;

/**
 * The population stability index of the score distribution, with its band, and the core's
 * score bins as paired bars (share of households before vs after) in plain SVG. The counts are
 * the core's; bar heights are presentation only (each side's share of its own households).
 */
export function StabilityChart({
  stability,
  sides,
  idPrefix,
}: {
  readonly stability: Stability;
  readonly sides: Sides;
  readonly idPrefix: string;
}) {
  const { t } = useI18n();
  const { bins } = stability;
  const totalBefore = bins.reduce((sum, bin) => sum + bin.before, 0);
  const totalAfter = bins.reduce((sum, bin) => sum + bin.after, 0);
  const share = (count: number, total: number) => (total === 0 ? 0 : count / total);
  const highest = Math.max(
    ...bins.map((bin) => Math.max(share(bin.before, totalBefore), share(bin.after, totalAfter))),
    0.0001,
  );
  const group = WIDTH / Math.max(bins.length, 1);
  const bar = group * 0.36;
  const height = (count: number, total: number) => (share(count, total) / highest) * PLOT;
  const titleId = `${idPrefix}-psi-title`;
  return (
    <section class="card stability" aria-labelledby={titleId} data-testid="stability">
      <h4 id={titleId}>{t('compare.stability')}</h4>
      <p class="psi">
        <strong data-testid="psi">PSI {stability.psi}</strong>{' '}
        <span class={`band band-${stability.band}`} data-testid="psi-band">
          {t(`compare.band.${stability.band}`)}
        </span>
      </p>
      <p class="muted small">{t('compare.bandNote')}</p>
      <figure class="psi-chart">
        <svg
          viewBox={`0 0 ${WIDTH} ${PLOT + LABELS}`}
          role="img"
          aria-label={t('compare.chart', { before: sides.beforeShort, after: sides.afterShort })}
          data-testid="psi-chart"
        >
          <line x1={0} x2={WIDTH} y1={PLOT} y2={PLOT} class="axis" />
          {bins.map((bin, i) => {
            const x = i * group + (group - 2 * bar) / 2;
            const hBefore = height(bin.before, totalBefore);
            const hAfter = height(bin.after, totalAfter);
            return (
              <g key={bin.scores}>
                <title>
                  {t('compare.chartBin', {
                    scores: bin.scores,
                    before: sides.beforeShort,
                    after: sides.afterShort,
                    nBefore: bin.before,
                    nAfter: bin.after,
                  })}
                </title>
                <rect class="bar-before" x={x} y={PLOT - hBefore} width={bar} height={hBefore} />
                <rect class="bar-after" x={x + bar} y={PLOT - hAfter} width={bar} height={hAfter} />
                <text x={i * group + group / 2} y={PLOT + 16} text-anchor="middle" class="tick">
                  {bin.scores}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption class="legend">
          <span>
            <span class="swatch swatch-before" /> {sides.before}
          </span>
          <span>
            <span class="swatch swatch-after" /> {sides.after}
          </span>
        </figcaption>
      </figure>
      <details>
        <summary>{t('compare.bins')}</summary>
        <table class="table compact" data-testid="psi-bins">
          <thead>
            <tr>
              <th scope="col">{t('compare.col.scores')}</th>
              <th scope="col" class="num">
                {sides.beforeShort}
              </th>
              <th scope="col" class="num">
                {sides.afterShort}
              </th>
            </tr>
          </thead>
          <tbody>
            {bins.map((bin) => (
              <tr key={bin.scores}>
                <th scope="row">{bin.scores}</th>
                <td class="num">{groupCount(bin.before)}</td>
                <td class="num">{groupCount(bin.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
