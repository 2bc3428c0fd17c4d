import { useI18n } from '../../i18n/index';
import type { RatingMove } from '../../lib/core-adapter';
import { groupCount } from '../../lib/core-adapter';

/** The village rating moves in the order they are listed. */
export const MOVES: readonly RatingMove[] = [
  'rated',
  'upgraded',
  'unchanged',
  'downgraded',
  'delisted',
  'unrated',
  'new',
  'missing',
];

/** A village's rating move as a label; 摘牌 (delisted) stands out. */
export function MoveLabel({ move }: { readonly move: RatingMove }) {
  const { t } = useI18n();
  return (
    <span class={`move move-${move}`} data-move={move}>
      {t(`move.${move}`)}
    </span>
  );
}

/** How many villages moved each way (the core's counts). */
export function RatingMoves({
  moves,
  idPrefix,
}: {
  readonly moves: Readonly<Record<RatingMove, number>>;
  readonly idPrefix: string;
}) {
  const { t } = useI18n();
  const titleId = `${idPrefix}-moves-title`;
  return (
    <section class="card" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('compare.moves')}</h4>
      <ul class="moves" data-testid="rating-moves">
        {MOVES.map((move) => (
          <li
            key={move}
            class={move === 'delisted' && moves[move] > 0 ? 'is-alert' : undefined}
            data-move={move}
          >
            <MoveLabel move={move} /> <strong>{groupCount(moves[move])}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
