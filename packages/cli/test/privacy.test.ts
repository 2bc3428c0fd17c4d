import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readVector, runCli, temporaryDirectory, toNdjson } from './helpers/cli.js';

// Personal fields (head.name, head.idNumber) never appear in messages, summaries or results,
// unless --include-personal asks for them in the results.

const temporary = temporaryDirectory();
afterAll(() => temporary.remove());
type Json = Record<string, unknown>;
const NAME = '欧阳小明';
const ID = '340827199001011234';

function batch() {
  const doc = structuredClone(readVector('golden.json')) as {
    evalYear: number;
    villages: (Json & { households: Json[] })[];
  };
  const [first, second] = doc.villages[0]?.households ?? [];
  Object.assign(first as Json, { head: { name: NAME, idNumber: ID } });
  // A bad record whose personal data is also wrong: still never echoed.
  Object.assign(second as Json, {
    head: { name: 12345, idNumber: `${ID}${'9'.repeat(300)}` },
    deposits: '1e3',
  });
  return doc;
}

describe('privacy', () => {
  it('no name or id number in standard error or the results, in either format', async () => {
    const doc = batch();
    const json = join(temporary.path, 'personal.json');
    writeFileSync(json, JSON.stringify(doc));
    const ndjson = join(temporary.path, 'personal.ndjson');
    writeFileSync(ndjson, toNdjson(doc));
    for (const args of [
      ['evaluate', json],
      ['evaluate', ndjson, '--format', 'ndjson'],
      ['validate', json],
    ]) {
      const run = await runCli(args);
      expect(run.status).toBe(1);
      for (const secret of [NAME, ID, '12345']) {
        expect(run.stderr, args.join(' ')).not.toContain(secret);
        expect(run.stdout, args.join(' ')).not.toContain(secret);
      }
    }
  });

  it('--include-personal puts head into the results only', async () => {
    const path = join(temporary.path, 'personal.json');
    writeFileSync(path, JSON.stringify(batch()));
    const run = await runCli(['evaluate', path, '--include-personal']);
    expect(run.stdout).toContain(NAME);
    expect(run.stderr).not.toContain(NAME);
  });
});
