/**
 * `zen-engine`: the default model as a JSON Decision Model (../jdm/credit-village.json) run by
 * @gorules/zen-engine in loop mode: every node of the graph has `"executionMode": "loop"`, the
 * first one over `"inputField": "households"`, so one `decision.evaluate({ households })` call
 * evaluates a whole chunk. Zen's numbers are decimals of its own (rust_decimal); its `round`
 * rounds half away from zero. The evaluation year (2024) is a constant of the graph.
 */
import { readFileSync } from 'node:fs';
import { ZenEngine } from '@gorules/zen-engine';

const JDM = new URL('../jdm/credit-village.json', import.meta.url);

/**
 * @returns {{ evaluate: (chunk: unknown[]) => Promise<any[]>, dispose: () => void }}
 */
export function createZen() {
  const engine = new ZenEngine();
  const decision = engine.createDecision(JSON.parse(readFileSync(JDM, 'utf8')));
  return {
    async evaluate(chunk) {
      const response = await decision.evaluate({ households: chunk });
      return response.result.results;
    },
    dispose: () => engine.dispose(),
  };
}

/** Headline fields of a zen result: money as numbers in yuan. */
export function zenHeadline(z) {
  return {
    gross: z.assets.gross,
    net: z.assets.net,
    score: z.score,
    grade: z.grade,
    limit: z.limit,
  };
}
