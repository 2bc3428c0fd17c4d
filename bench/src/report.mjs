/**
 * The final report: a markdown table of rates, ratios and targets, the machine, the command.
 * Targets are printed, never asserted: a MISS is information, not a failure.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { grouped } from './timing.mjs';

/**
 * @typedef {object} Row
 * @property {string} variant
 * @property {number | undefined} rate households per second
 * @property {string} on what it was measured on ("1,000,000", "50,000 (subset)")
 * @property {string} ratio the ratio in words, or ""
 * @property {string} target e.g. "≤ 1.5", or ""
 * @property {string} status PASS, MISS, "" or a reason it was skipped
 */

/**
 * A ratio row's ratio, target and status.
 *
 * @param {string} label e.g. "float ÷ compiled"
 * @param {number} value
 * @param {'<=' | '>='} op
 * @param {number} bound
 */
export function judged(label, value, op, bound) {
  const ok = op === '<=' ? value <= bound : value >= bound;
  const shown = value >= 100 ? value.toFixed(0) : value.toFixed(2);
  return {
    ratio: `${label} = ${shown}`,
    target: `${op === '<=' ? '≤' : '≥'} ${bound}`,
    status: ok ? 'PASS' : 'MISS',
  };
}

/** CPU model, cores, Node version, load average. */
export function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) cpu = line.split(':')[1].trim();
  } catch {
    // not Linux: keep os.cpus()
  }
  const load = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  return { cpu, cores: os.cpus().length, node: process.version, load };
}

/**
 * @param {Row[]} rows
 * @param {{ command: string, machineBefore: ReturnType<typeof machine>, notes: string[] }} context
 */
export function markdown(rows, { command, machineBefore, notes }) {
  const after = machine();
  const lines = [
    '| variant | records/s | measured on | ratio | target | status |',
    '|---|---:|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.variant} | ${r.rate === undefined ? '—' : grouped(r.rate)} | ${r.on} | ${r.ratio} | ${r.target} | ${r.status} |`,
    ),
    '',
    `Machine: ${machineBefore.cpu}, ${machineBefore.cores} cores, Node ${machineBefore.node}; ` +
      `load average ${machineBefore.load} at the start, ${after.load} at the end.`,
    '',
    `Command: \`${command}\``,
  ];
  if (notes.length > 0) lines.push('', ...notes.map((n) => `- ${n}`));
  return `${lines.join('\n')}\n`;
}
