/** Props of {@link Badge}. */
export interface BadgeProps {
  /** The code shown in the badge (`AAA`, `NR`…). */
  readonly code: string;
  /** A colour slot: `0`–`5` (best to worst), `veto`, `none` or `unknown`. */
  readonly tone: string;
  /** The code's name, read by assistive technology and shown as a tooltip. */
  readonly title?: string;
  readonly size?: 'small' | 'large';
}

/** A coloured grade or rating badge. */
export function Badge({ code, tone, title, size = 'small' }: BadgeProps) {
  return (
    <span class={`badge badge-${size} tone-${tone}`} title={title}>
      {code}
      {title !== undefined && title !== code ? <span class="visually-hidden"> {title}</span> : null}
    </span>
  );
}
