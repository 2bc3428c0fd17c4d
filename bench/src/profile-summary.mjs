/**
 * Summarises a .cpuprofile: self time by function, then the hottest lines, mapped back to the
 * TypeScript source through the `.js.map` files next to the compiled code when there are some.
 *
 *   node bench/src/profile-summary.mjs /tmp/prof/CPU.*.cpuprofile [top] [filter]
 *
 * `filter` keeps lines whose source path contains it (e.g. `fast-household`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const [file, topArg = '20', filter = ''] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const top = Number(topArg);
const maps = new Map();

/** `file:///…/x.js`, line (1-based) → `x.ts:12` through the source map, else `x.js:12`. */
function where(url, line) {
  if (!maps.has(url)) {
    let map;
    try {
      const path = fileURLToPath(url);
      if (existsSync(`${path}.map`)) {
        const source = readFileSync(path, 'utf8').split('\n');
        map = { map: new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8'))), source };
      }
    } catch {
      // not a file URL (node:internal, native): no map
    }
    maps.set(url, map);
  }
  const m = maps.get(url);
  // Map the line's first non-blank column: column 0 may belong to the previous statement.
  const column = m ? (m.source[line - 1] ?? '').search(/\S|$/) : 0;
  const entry = m?.map.findEntry(line - 1, column);
  if (entry?.originalSource)
    return `${entry.originalSource.split('/').pop()}:${entry.originalLine + 1}`;
  return `${url.split('/').pop() || '(native)'}:${line}`;
}

let total = 0;
const byFunction = new Map();
const byLine = new Map();
for (const node of profile.nodes) {
  const { functionName, url, lineNumber } = node.callFrame;
  total += node.hitCount;
  const name = `${functionName || '(anonymous)'} ${url ? where(url, lineNumber + 1) : ''}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + node.hitCount);
  for (const t of node.positionTicks ?? []) {
    const key = where(url, t.line);
    byLine.set(key, (byLine.get(key) ?? 0) + t.ticks);
  }
}
const pct = (k) => `${((100 * k) / total).toFixed(1).padStart(5)}%`;
console.log(`${total} samples\n\nself time by function:`);
for (const [name, k] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${pct(k)}  ${name}`);
console.log(`\nhottest lines${filter ? ` in *${filter}*` : ''}:`);
const lines = [...byLine].filter(([key]) => key.includes(filter)).sort((a, b) => b[1] - a[1]);
for (const [key, k] of lines.slice(0, top)) console.log(`${pct(k)}  ${key}`);
