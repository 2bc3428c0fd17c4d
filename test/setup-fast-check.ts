import fc from 'fast-check';

// Every property runs from a reproducible seed: FC_SEED=<n> replays a failure printed by a run.
const seed = Number(process.env.FC_SEED ?? 20261127);
fc.configureGlobal({ seed, numRuns: Number(process.env.FC_RUNS ?? 100) });
