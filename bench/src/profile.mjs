/**
 * Runs one variant in a loop for a CPU profile: `node --cpu-prof --cpu-prof-dir=/tmp/prof
 * bench/src/profile.mjs compiled 200000`, then `node bench/src/profile-summary.mjs
 * /tmp/prof/*.cpuprofile` for the hot functions and lines.
 */
import { compileModel, defaultModel } from '@credit-village/core';
import { EVAL_YEAR, generateHouseholds } from './households.mjs';
import { evaluateExactInt } from './variants/exact-int.mjs';
import { evaluateFloat } from './variants/float.mjs';

const [variant = 'compiled', count = '200000', passes = '5'] = process.argv.slice(2);
const households = generateHouseholds(Number(count));
const compiled = compileModel(defaultModel());
const evaluate = {
  compiled: (h) => compiled.evaluateHousehold(h, EVAL_YEAR),
  'exact-int': (h) => evaluateExactInt(h, EVAL_YEAR),
  float: (h) => evaluateFloat(h, EVAL_YEAR),
}[variant];
if (evaluate === undefined) throw new Error(`unknown variant ${variant}`);
let sink = 0;
for (let p = 0; p < Number(passes); p++) {
  const start = performance.now();
  for (const h of households) sink += evaluate(h) === undefined ? 0 : 1;
  const ms = performance.now() - start;
  console.log(`${variant} pass ${p + 1}: ${Math.round(households.length / (ms / 1000))}/s`);
}
console.log(sink, variant === 'compiled' ? compiled.counts() : '');
