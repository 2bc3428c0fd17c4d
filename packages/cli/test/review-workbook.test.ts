import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  heldReviews as heldFrom,
  type ReviewBatch,
} from '../../workbook/test/helpers/held-reviews.js';
import { readVector, runCli, temporaryDirectory, VECTORS } from './helpers/cli.js';

const dir = temporaryDirectory();
afterAll(() => dir.remove());
const at = (name: string) => join(dir.path, name);

/** review.json as a workbook holds it, losing nothing (see the helper). */
const heldReviews = () => heldFrom(readVector('review.json') as ReviewBatch);

describe('democratic review in a collection workbook (民主评议)', () => {
  it('convert review.json --to xlsx names each review it cannot carry as it is', async () => {
    const run = await runCli([
      'convert',
      join(VECTORS, 'review.json'),
      '--to',
      'xlsx',
      '--output',
      at('review.xlsx'),
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/没有评议记录的民主评议/);
    expect(run.stderr).toMatch(/读回时取值会变/);
    expect(run.stderr).toMatch(/villages\.2\.households\.14\.review\.date/);
  });

  it('evaluate review.xlsx gives the result document of review.json byte for byte', async () => {
    writeFileSync(at('held.json'), JSON.stringify(heldReviews()));
    const convert = await runCli([
      'convert',
      at('held.json'),
      '--to',
      'xlsx',
      '--output',
      at('held.xlsx'),
    ]);
    expect(convert.stderr).toBe('');
    expect(convert.status).toBe(0);
    const fromJson = await runCli(['evaluate', at('held.json')]);
    const fromXlsx = await runCli(['evaluate', at('held.xlsx')]);
    // r-invalid's reviews are invalid records: status 1 both ways, the same bytes on stdout.
    expect(fromJson.status).toBe(1);
    expect(fromXlsx.status).toBe(1);
    expect(fromXlsx.stdout).toBe(fromJson.stdout);
    const result = JSON.parse(fromXlsx.stdout) as {
      villages: { households: { review?: unknown }[] }[];
    };
    const reviewed = result.villages.flatMap((v) => v.households).filter((h) => h.review);
    expect(reviewed.length).toBeGreaterThanOrEqual(20);
    // From the workbook, each problem of a review names its sheet, row and column.
    expect(fromXlsx.stderr).toMatch(
      /^民主评议 第 \d+ 行「诚实守信」：不是可选的取值，可选：好、一般、差 — 村 r-invalid 户 X-bad-mark：review\.marks\[1\]\.civility\.honesty/m,
    );
    expect(fromXlsx.stderr).toMatch(
      /^民主评议 第 \d+ 行：该户在「农户」表已填文明评议结果.* — 村 r-invalid 户 X-both：review:/m,
    );
    expect(fromXlsx.stderr).toMatch(
      /^民主评议 第 \d+ 行「评议人编号」：编号与前面的记录重复 — .*X-dup-reviewer/m,
    );
    // And back to JSON: the same results again.
    const back = await runCli(['convert', at('held.xlsx'), '--to', 'json']);
    expect(back.status).toBe(0);
    const again = await runCli(['evaluate', '-'], { input: back.stdout });
    expect(again.stdout).toBe(fromJson.stdout);
  });
});
