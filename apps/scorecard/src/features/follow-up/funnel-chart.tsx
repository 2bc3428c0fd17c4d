import { groupCount } from '../../lib/core-adapter';

/** One stage of a funnel: its name and the core's count. */
export interface FunnelStage {
  readonly id: string;
  readonly name: string;
  readonly count: number;
  /** The stage in words for assistive technology: `已授信：2,426 户`. */
  readonly words: string;
}

/**
 * A funnel as horizontal bars, one per stage, in order (登记 → 采集 → … → 已用信). The bar
 * lengths are presentation (each stage against the largest); the counts, written beside each
 * bar and in its accessible name, are the core's.
 */
export function FunnelChart({
  id,
  title,
  stages,
}: {
  /** Makes the chart's ids and test id unique on the page. */
  readonly id: string;
  readonly title: string;
  readonly stages: readonly FunnelStage[];
}) {
  const max = Math.max(1, ...stages.map((s) => s.count));
  return (
    <figure class="funnel" aria-labelledby={`${id}-title`} data-testid={id}>
      <figcaption id={`${id}-title`} class="funnel-title">
        {title}
      </figcaption>
      <ol class="funnel-stages">
        {stages.map((stage) => (
          <li key={stage.id} class="funnel-stage" data-stage={stage.id}>
            <span class="funnel-name">{stage.name}</span>
            <span class="funnel-track" role="img" aria-label={stage.words}>
              <span class="funnel-bar" style={{ width: `${(stage.count / max) * 100}%` }} />
            </span>
            <span class="funnel-count" data-count={stage.count}>
              {groupCount(stage.count)}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
