import fc from 'fast-check';

/**
 * Every property runs from a reproducible seed. FC_SEED=<n> replays a run (a failure prints its
 * seed); FC_SEED=random draws a new one and prints it, so a search for new counterexamples can
 * always be replayed. FC_RUNS scales the number of runs of every property (see `runs`).
 */
const requested = process.env.FC_SEED;
const seed =
  requested === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(requested ?? 20261127);
if (requested === 'random') console.info(`fast-check seed ${seed} (replay with FC_SEED=${seed})`);
fc.configureGlobal({ seed, numRuns: runs(100) });

/**
 * The number of runs of a property whose own default is `base`: `base` as it is, or scaled by
 * FC_RUNS / 100 when FC_RUNS is set (FC_RUNS=1000 runs every property ten times as often).
 */
export function runs(base: number): number {
  const total = Number(process.env.FC_RUNS);
  return Number.isFinite(total) && total > 0 ? Math.max(1, Math.round((base * total) / 100)) : base;
}
