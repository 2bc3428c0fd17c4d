import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/index';
import { Bar } from './bar';

/**
 * One component of a scorecard's receipt (a household's or an entity's): its name and points
 * out of its maximum, as a bar, then how they came about (`children`).
 */
export function ScoreComponentItem({
  id,
  name,
  points,
  max,
  children,
}: {
  /** The component's id, as `data-component`. */
  readonly id: string;
  readonly name: string;
  readonly points: number;
  readonly max: number;
  readonly children?: ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <li class="component" data-component={id}>
      <div class="component-head">
        <span class="component-name">{name}</span>
        <span class="component-points">{t('result.points', { points, max })}</span>
      </div>
      <Bar value={points} max={max} label={name} />
      {children}
    </li>
  );
}
