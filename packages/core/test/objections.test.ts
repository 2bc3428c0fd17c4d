import {
  type BatchResult,
  evaluateBatch,
  InputError,
  jsonSchema,
  type ObjectionsReport,
  parseModel,
  parseObjections,
  publicNotice,
  safeParseJson,
  safeParseObjections,
  safePublicNotice,
  safeTrackObjections,
  trackObjections,
} from '@credit-village/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  dayText,
  isoWeekday,
  parseDay,
  WorkingCalendar,
} from '../src/objections/calendar.js';
import { countyDocument } from './arbitraries.js';
import { readVector } from './vectors.js';

/** objections.expected.json (test/vectors/README.md, "Democratic review and objections"). */
interface ExpectedObjections {
  count: number;
  exitStatus: number;
  notice: ObjectionsReport['notice'];
  today: string;
  objections: Pick<
    ObjectionsReport['objections'][number],
    'index' | 'village' | 'household' | 'filed' | 'due' | 'status'
  >[];
  held: ObjectionsReport['held'];
  villages: ObjectionsReport['villages'];
  errors: { index: number; paths: (string | number)[][] }[];
}

interface Document {
  notice: { date: string; days?: number };
  holidays?: string[];
  workdays?: string[];
  objections: Record<string, unknown>[];
  [key: string]: unknown;
}

const TODAY = '2024-10-17';
const objections = () => readVector('objections.json') as Document;
let cached: BatchResult | undefined;
const results = () => {
  cached ??= evaluateBatch(readVector('review.json'));
  return cached;
};

describe('objections.json against the results of review.json, today 2024-10-17', () => {
  const expected = readVector('objections.expected.json') as ExpectedObjections;

  it('matches objections.expected.json on every listed field', () => {
    const report = trackObjections(results(), objections(), TODAY);
    expect(report.today).toBe(expected.today);
    expect(report.notice).toEqual(expected.notice);
    expect(
      report.objections.map(({ index, village, household, filed, due, status }) => ({
        index,
        village,
        household,
        filed,
        due,
        status,
      })),
    ).toEqual(expected.objections);
    expect(report.held).toEqual(expected.held);
    expect(report.villages).toEqual(expected.villages);
    expect(report.errors.map((e) => e.index)).toEqual(expected.errors.map((e) => e.index));
    for (const error of expected.errors) {
      const got = report.errors.find((e) => e.index === error.index);
      const paths = (got?.issues ?? []).map((issue) => JSON.stringify(issue.path));
      for (const want of error.paths)
        expect(paths, `objection ${error.index}`).toContain(JSON.stringify(want));
    }
    // Nothing lost: every objection is tracked or an error.
    expect(report.objections.length + report.errors.length).toBe(expected.count);
    expect(report.summary.objections).toBe(expected.count);
  });

  it('gives the same report from the lines of an NDJSON result run', () => {
    const document = results();
    const lines = document.villages.map((village, i) => ({
      line: i + 1,
      model: document.model,
      evalYear: document.evalYear,
      ...village,
    }));
    expect(trackObjections(lines, objections(), TODAY)).toEqual(
      trackObjections(document, objections(), TODAY),
    );
  });

  it('never prints the grounds: no message or field holds them', () => {
    const doc = objections();
    doc.objections.forEach((objection, i) => {
      objection.grounds = `grounds-${i}-张三`;
    });
    const report = JSON.stringify(trackObjections(results(), doc, TODAY));
    expect(report).not.toContain('grounds-');
    expect(report).not.toContain('张三');
  });

  it('the worked example: filed 09-29 is due 10-17, and 10-04 is late', () => {
    const report = trackObjections(results(), objections(), '2024-10-20');
    // 2024-10-20 is a Sunday: its week began on Monday 10-14.
    expect(report.week).toEqual({ from: '2024-10-14', to: '2024-10-20' });
    const first = report.objections.find((o) => o.index === 0);
    expect(first).toMatchObject({ due: '2024-10-17', status: 'overdue' });
    expect(report.objections.find((o) => o.index === 1)).toMatchObject({
      due: null,
      status: 'late',
    });
  });
});

describe('statuses and held households', () => {
  const one = (objection: Record<string, unknown>, extra: Partial<Document> = {}): Document => ({
    ...objections(),
    objections: [
      { village: 'r-worked', household: 'R2', by: 'villager', grounds: 'g', ...objection },
    ],
    ...extra,
  });

  it('pending up to and including the due date, overdue the day after', () => {
    const doc = one({ filed: '2024-09-29' });
    expect(trackObjections(results(), doc, '2024-10-17').objections[0]?.status).toBe('pending');
    const after = trackObjections(results(), doc, '2024-10-18');
    expect(after.objections[0]?.status).toBe('overdue');
    expect(after.held).toEqual([{ village: 'r-worked', household: 'R2' }]);
    expect(after.villages[0]).toEqual({ id: 'r-worked', held: 1, final: false });
  });

  it('resolved on the due date, resolvedLate the day after; a late objection stays late', () => {
    const on = one({ filed: '2024-09-29', resolution: { date: '2024-10-17', outcome: 'upheld' } });
    const late = one({
      filed: '2024-09-29',
      resolution: { date: '2024-10-18', outcome: 'upheld' },
    });
    expect(trackObjections(results(), on, '2024-10-20').objections[0]?.status).toBe('resolved');
    expect(trackObjections(results(), late, '2024-10-20').objections[0]?.status).toBe(
      'resolvedLate',
    );
    const outside = one({
      filed: '2024-10-04',
      resolution: { date: '2024-10-05', outcome: 'rejected' },
    });
    const report = trackObjections(results(), outside, '2024-10-20');
    expect(report.objections[0]).toMatchObject({ status: 'late', due: null });
    expect(report.held).toEqual([]);
  });

  it('filings or resolutions after today, and resolutions before the filing, are errors', () => {
    const doc: Document = {
      ...objections(),
      objections: [
        {
          village: 'r-worked',
          household: 'R2',
          filed: '2024-10-02',
          by: 'household',
          grounds: 'g',
        },
        {
          village: 'r-worked',
          household: 'R2',
          filed: '2024-09-30',
          by: 'household',
          grounds: 'g',
          resolution: { date: '2024-10-03', outcome: 'upheld' },
        },
        {
          village: 'r-worked',
          household: 'R2',
          filed: '2024-09-30',
          by: 'household',
          grounds: 'g',
          resolution: { date: '2024-09-29', outcome: 'upheld' },
        },
      ],
    };
    const report = trackObjections(results(), doc, '2024-10-01');
    expect(
      report.errors.map((e) => [e.index, e.issues.map((i) => [i.path.join('.'), i.code])]),
    ).toEqual([
      [0, [['filed', 'after_today']]],
      [1, [['resolution.date', 'after_today']]],
      [2, [['resolution.date', 'before_filing']]],
    ]);
    expect(report.objections).toEqual([]);
  });

  it('matches ids by their NFKC key and names the village a household is really in', () => {
    const doc: Document = {
      ...objections(),
      objections: [
        {
          village: 'r-worked',
          household: 'Ｒ2',
          filed: '2024-09-30',
          by: 'household',
          grounds: 'g',
        },
        {
          village: 'r-panels',
          household: 'R2',
          filed: '2024-09-30',
          by: 'household',
          grounds: 'g',
        },
      ],
    };
    const report = trackObjections(results(), doc, '2024-10-01');
    expect(report.objections.map((o) => o.household)).toEqual(['Ｒ2']);
    expect(report.held).toEqual([{ village: 'r-worked', household: 'R2' }]);
    expect(report.errors[0]?.issues[0]?.message).toContain('is in village "r-worked"');
  });

  it('held households come once each, in the order of the records', () => {
    const ids = ['P10', 'C06', 'P10', 'P22'];
    const doc: Document = {
      ...objections(),
      objections: ids.map((household) => ({
        village: 'r-panels',
        household,
        filed: '2024-09-30',
        by: 'villager',
        grounds: 'g',
      })),
    };
    const report = trackObjections(results(), doc, '2024-10-08');
    expect(report.held.map((h) => h.household)).toEqual(['C06', 'P22', 'P10']);
    expect(report.villages.find((v) => v.id === 'r-panels')).toEqual({
      id: 'r-panels',
      held: 3,
      final: false,
    });
  });
});

describe('the objections document', () => {
  const unusable = (doc: unknown) => {
    const parsed = safeParseObjections(doc);
    expect(parsed.ok).toBe(false);
    return parsed.ok ? [] : parsed.issues.map((i) => JSON.stringify(i.path));
  };

  it('is unusable with a bad notice, a malformed holiday or workday, a date in both, an unknown key', () => {
    expect(unusable({ ...objections(), notice: { date: '2024-02-30' } })).toContain(
      '["notice","date"]',
    );
    expect(unusable({ ...objections(), notice: { date: '2024-09-27', days: 0 } })).toContain(
      '["notice","days"]',
    );
    expect(unusable({ ...objections(), notice: { date: '2024-09-27', from: 'x' } })).toContain(
      '["notice","from"]',
    );
    expect(unusable({ ...objections(), holidays: ['2024-10-01', '2024-1-2'] })).toContain(
      '["holidays",1]',
    );
    expect(unusable({ ...objections(), workdays: ['2024-10-01'] })).toContain('["workdays",0]');
    expect(unusable({ ...objections(), remarks: 'x' })).toContain('["remarks"]');
    expect(unusable({ notice: { date: '2024-09-27' } })).toContain('["objections"]');
    expect(unusable([])).toEqual(['[]']);
    const twice = safeParseJson(
      '{"notice":{"date":"2024-09-27","date":"2024-09-28"},"objections":[]}',
    );
    expect(twice.ok && unusable(twice.value)).toContain('["notice","date"]');
    expect(() => parseObjections({})).toThrow(InputError);
  });

  it('reports every bad objection with its index and paths, never dropping one', () => {
    const base = {
      village: 'v',
      household: 'h',
      filed: '2024-09-30',
      by: 'household',
      grounds: 'g',
    };
    const bad = [
      'not an object',
      { ...base, by: 'neighbour' },
      { ...base, grounds: 'x'.repeat(2001) },
      { ...base, household: ' h' },
      { ...base, resolution: { date: '2024-10-01', outcome: 'maybe' } },
      { ...base, extra: 1 },
      { village: 'v' },
    ];
    const parsed = parseObjections({ notice: { date: '2024-09-27' }, objections: [base, ...bad] });
    expect(parsed.objections.map((o) => o.index)).toEqual([0]);
    expect(parsed.count).toBe(8);
    expect(parsed.errors.map((e) => [e.index, e.issues.map((i) => i.path.join('.'))])).toEqual([
      [1, ['']],
      [2, ['by']],
      [3, ['grounds']],
      [4, ['household']],
      [5, ['resolution.outcome']],
      [6, ['extra']],
      [7, ['household', 'filed', 'by', 'grounds']],
    ]);
    // The grounds may be personal: a message never repeats them.
    expect(JSON.stringify(parsed.errors)).not.toContain('xxxx');
  });

  it('grounds count code points: 2,000 characters outside the BMP are fine', () => {
    const grounds = '𠀀'.repeat(2000);
    const parsed = parseObjections({
      notice: { date: '2024-09-27' },
      objections: [{ village: 'v', household: 'h', filed: '2024-09-30', by: 'villager', grounds }],
    });
    expect(parsed.errors).toEqual([]);
  });

  it('an unusable input makes tracking fail as a whole, with the input named', () => {
    const bad = safeTrackObjections(results(), { ...objections(), notice: {} }, '2024-13-01');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => JSON.stringify(i.path))).toEqual([
      '["today"]',
      '["objections","notice","date"]',
    ]);
    expect(bad.issues[1]?.message.startsWith('objections.notice.date: ')).toBe(true);
    const notResults = safeTrackObjections({ villages: 'x' }, objections(), TODAY);
    expect(notResults.ok).toBe(false);
  });

  it('takes its re-review days and working weekdays from the model', () => {
    const doc = countyDocument() as {
      objections: { reReviewWorkingDays: number; noticeDays: number };
    };
    doc.objections.reReviewWorkingDays = 1;
    doc.objections.noticeDays = 3;
    const model = parseModel(doc);
    const report = trackObjections(results(), objections(), TODAY, { model });
    expect(report.notice).toEqual({ from: '2024-09-27', to: '2024-09-29', days: 3 });
    // Filed Sunday 09-29 (a make-up workday): the next working day is Monday 09-30.
    expect(report.objections.find((o) => o.index === 0)?.due).toBe('2024-09-30');
    const without = countyDocument();
    delete without.objections;
    expect(
      safeTrackObjections(results(), objections(), TODAY, { model: parseModel(without) }).ok,
    ).toBe(false);
  });

  it('has a JSON Schema naming every field', () => {
    const schema = JSON.stringify(jsonSchema('objections'));
    for (const field of [
      'notice',
      'holidays',
      'workdays',
      'filed',
      'grounds',
      'resolution',
      'outcome',
    ])
      expect(schema).toContain(`"${field}"`);
  });
});

describe('calendar arithmetic on Y-M-D integers', () => {
  const utc = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

  it('day numbers agree with UTC dates over 1900–2100, both ways, weekdays included', () => {
    for (let n = dayNumber(1900, 1, 1); n <= dayNumber(2100, 12, 31); n += 1) {
      const text = utc(n);
      expect(dayText(n)).toBe(text);
      expect(parseDay(text)).toBe(n);
      expect(isoWeekday(n)).toBe(((new Date(n * 86_400_000).getUTCDay() + 6) % 7) + 1);
    }
  });

  it('refuses dates that do not exist or are not written YYYY-MM-DD', () => {
    for (const text of [
      '2024-09-31',
      '2023-02-29',
      '1900-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-9-1',
      ' 2024-09-01',
      '2024-09-01T00:00',
      '1899-12-31',
      '2101-01-01',
    ])
      expect(parseDay(text), text).toBeUndefined();
    expect(parseDay('2000-02-29')).toBe(dayNumber(2000, 2, 29));
  });

  it('the due date is a working day with exactly K working days after the filing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber(2024, 1, 1), max: dayNumber(2025, 12, 31) }),
        fc.integer({ min: 1, max: 30 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 15 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 5 }),
        (filed, k, holidayOffsets, workdayOffsets) => {
          const workdays = workdayOffsets
            .filter((d) => !holidayOffsets.includes(d))
            .map((d) => filed + d);
          const calendar = new WorkingCalendar(
            [1, 2, 3, 4, 5],
            holidayOffsets.map((d) => filed + d),
            workdays,
          );
          const due = calendar.workingDaysAfter(filed, k);
          expect(calendar.isWorking(due)).toBe(true);
          let count = 0;
          for (let n = filed + 1; n <= due; n++) if (calendar.isWorking(n)) count++;
          expect(count).toBe(k);
        },
      ),
    );
  });
});

describe('the public notice and objections', () => {
  const batch = () => readVector('review.json');

  it('marks the held households, and says until when and where to object', () => {
    const notice = publicNotice(batch(), 'r-panels', {
      date: '2024-09-27',
      objections: objections(),
      today: TODAY,
      objectionsTo: '村委会办公室',
    });
    expect(notice.rows.filter((r) => r.held).map((r) => r.household)).toEqual([
      'C06',
      'P22',
      'P08',
    ]);
    expect(notice.objections).toEqual({
      lastDay: '2024-10-03',
      to: '村委会办公室',
      reReviewWorkingDays: 10,
      held: 3,
    });
    expect(notice.csv.split('\r\n')[0]?.endsWith(',异议复核')).toBe(true);
    expect(notice.html.replace(/<[^>]*>/g, '')).toContain(
      '请在公示期内向村委会办公室反映（截至2024年10月3日）',
    );
    expect(notice.html.match(/<tr class="held">/g)).toHaveLength(3);
  });

  it('leaves the notice as it was without an objections document', () => {
    const notice = publicNotice(batch(), 'r-panels', { date: '2024-09-27' });
    expect(notice.rows.every((r) => !r.held)).toBe(true);
    expect(notice.objections).toMatchObject({ held: null, to: null, lastDay: '2024-10-03' });
    expect(notice.csv.split('\r\n')[0]).not.toContain('异议');
    expect(notice.html).not.toContain('class="held"');
  });

  it('refuses another notice, a missing today and an empty place to object', () => {
    const other = safePublicNotice(batch(), 'r-panels', {
      date: '2024-09-28',
      objections: objections(),
      today: TODAY,
    });
    expect(other.ok || other.issues.map((i) => JSON.stringify(i.path))).toEqual([
      '["objections","notice"]',
    ]);
    const noToday = safePublicNotice(batch(), 'r-panels', {
      date: '2024-09-27',
      objections: objections(),
    });
    expect(noToday.ok || noToday.issues.map((i) => JSON.stringify(i.path))).toEqual(['["today"]']);
    const empty = safePublicNotice(batch(), 'r-panels', { date: '2024-09-27', objectionsTo: ' ' });
    expect(empty.ok || empty.issues.map((i) => JSON.stringify(i.path))).toEqual([
      '["objectionsTo"]',
    ]);
  });
});
