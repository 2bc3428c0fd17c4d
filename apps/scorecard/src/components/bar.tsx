/** Props of {@link Bar}. */
export interface BarProps {
  readonly value: number;
  readonly max: number;
  /** What the bar measures, for assistive technology. */
  readonly label: string;
}

/** A horizontal bar of `value` against `max` (points against a component's maximum). */
export function Bar({ value, max, label }: BarProps) {
  return (
    <meter
      class={`bar${value >= max ? ' is-full' : ''}`}
      min={0}
      max={max}
      value={value}
      aria-label={label}
    />
  );
}
