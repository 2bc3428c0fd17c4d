import { type Issue, makeIssue } from '../issues.js';
import type { ObjectionParameters } from '../model/document.js';
import { idKey } from '../schema/ids.js';
import type {
  HeldHousehold,
  Objection,
  ObjectionError,
  ObjectionStatus,
  ObjectionsDocument,
  ObjectionsReport,
  TrackedObjection,
  VillageObjections,
} from '../types/objections.js';
import type { VillageResult } from '../types/result.js';
import { type DayNumber, dayText, isoWeekday, parseDay, WorkingCalendar } from './calendar.js';

/** A village of the results as the tracker needs it: its id and its records' ids by position. */
interface IndexedVillage {
  readonly id: string | null;
  /** Each household id's first record (index, and the id as the results write it), by `idKey`. */
  readonly records: ReadonlyMap<string, { readonly index: number; readonly id: string }>;
}

/**
 * The villages of results, each with its households (scored or invalid) by record index: scored
 * households fill, in order, the positions that no error entry takes.
 */
export function indexResults(villages: readonly VillageResult[]): IndexedVillage[] {
  return villages.map((village) => {
    const invalid = new Map<number, string | undefined>();
    for (const error of village.errors)
      if (error.index !== undefined) invalid.set(error.index, error.id);
    const records = new Map<string, { index: number; id: string }>();
    const remember = (id: string | undefined, index: number) => {
      if (id === undefined) return;
      const key = idKey(id);
      const known = records.get(key);
      if (known === undefined || index < known.index) records.set(key, { index, id });
    };
    let position = 0;
    for (const household of village.households) {
      while (invalid.has(position)) position++;
      remember(household.id, position);
      position++;
    }
    for (const [index, id] of invalid) remember(id, index);
    return { id: village.id, records };
  });
}

/**
 * Tracks objections against results on `today` (docs/model.md §14): each well-formed objection
 * naming a known household gets its due date (the `reReviewWorkingDays`th working day after the
 * filing) and status; households with a `pending` or `overdue` objection are held; every other
 * objection is an error with its index. `today` is a valid date (checked by the caller).
 */
export function trackIndexed(
  villages: readonly IndexedVillage[],
  document: ObjectionsDocument,
  today: string,
  params: ObjectionParameters,
): ObjectionsReport {
  const days = document.notice.days ?? params.noticeDays;
  const from = day(document.notice.date);
  const to = from + days - 1;
  const now = day(today);
  const calendar = new WorkingCalendar(
    params.workingWeekdays,
    document.holidays.map(day),
    document.workdays.map(day),
  );
  const villageIndex = new Map<string, number>();
  villages.forEach((village, i) => {
    if (village.id === null) return;
    const key = idKey(village.id);
    if (!villageIndex.has(key)) villageIndex.set(key, i);
  });

  const tracked: TrackedObjection[] = [];
  const errors: ObjectionError[] = [...document.errors];
  // Held households by village position, then record index, each once.
  const held = new Map<number, Map<number, HeldHousehold>>();
  const byStatus: Record<ObjectionStatus, number> = {
    pending: 0,
    overdue: 0,
    resolved: 0,
    resolvedLate: 0,
    late: 0,
  };
  for (const objection of document.objections) {
    const issues = datedAfter(objection, today);
    const v = villageIndex.get(idKey(objection.village));
    const record =
      v === undefined ? undefined : villages[v]?.records.get(idKey(objection.household));
    if (v === undefined) issues.push(unknownVillage(objection));
    else if (record === undefined) issues.push(unknownHousehold(objection, villages, v));
    const [first, ...rest] = issues;
    if (first !== undefined || v === undefined || record === undefined) {
      if (first !== undefined) errors.push({ index: objection.index, issues: [first, ...rest] });
      continue;
    }
    const filed = day(objection.filed);
    const late = filed < from || filed > to;
    const due = late ? null : calendar.workingDaysAfter(filed, params.reReviewWorkingDays);
    const status = statusOf(late, due, objection, now);
    byStatus[status]++;
    tracked.push({
      index: objection.index,
      village: objection.village,
      household: objection.household,
      filed: objection.filed,
      due: due === null ? null : dayText(due),
      status,
      by: objection.by,
      ...(objection.resolution === undefined ? {} : { resolution: objection.resolution }),
    });
    if (status === 'pending' || status === 'overdue') {
      let inVillage = held.get(v);
      if (inVillage === undefined) {
        inVillage = new Map();
        held.set(v, inVillage);
      }
      // Held households are named as the results write them.
      if (!inVillage.has(record.index))
        inVillage.set(record.index, {
          village: villages[v]?.id ?? objection.village,
          household: record.id,
        });
    }
  }
  errors.sort((a, b) => a.index - b.index);

  const heldList: HeldHousehold[] = [];
  const villageList: VillageObjections[] = villages.map((village, i) => {
    const inVillage = held.get(i);
    const count = inVillage?.size ?? 0;
    if (inVillage !== undefined)
      for (const record of [...inVillage.keys()].sort((a, b) => a - b))
        heldList.push(inVillage.get(record) as HeldHousehold);
    return { id: village.id, held: count, final: count === 0 };
  });
  return {
    notice: { from: dayText(from), to: dayText(to), days },
    today,
    week: { from: dayText(now - isoWeekday(now) + 1), to: dayText(now - isoWeekday(now) + 7) },
    objections: tracked,
    held: heldList,
    villages: villageList,
    errors,
    summary: {
      objections: document.count,
      byStatus,
      errors: errors.length,
      held: heldList.length,
    },
  };
}

function statusOf(
  late: boolean,
  due: DayNumber | null,
  objection: Objection,
  now: DayNumber,
): ObjectionStatus {
  if (late || due === null) return 'late';
  const { resolution } = objection;
  if (resolution !== undefined) return day(resolution.date) <= due ? 'resolved' : 'resolvedLate';
  return now <= due ? 'pending' : 'overdue';
}

/** A filing or resolution dated after the day tracked is an error: it cannot have happened yet. */
function datedAfter(objection: Objection, today: string): Issue[] {
  const issues: Issue[] = [];
  if (objection.filed > today)
    issues.push(
      makeIssue(['filed'], 'after_today', `filed on ${objection.filed}, after today (${today})`, {
        expected: 'date',
        value: objection.filed,
        date: today,
      }),
    );
  const resolved = objection.resolution?.date;
  if (resolved !== undefined && resolved > today)
    issues.push(
      makeIssue(
        ['resolution', 'date'],
        'after_today',
        `resolved on ${resolved}, after today (${today})`,
        { expected: 'date', value: resolved, date: today },
      ),
    );
  return issues;
}

function unknownVillage(objection: Objection): Issue {
  return makeIssue(
    ['village'],
    'unknown_reference',
    `no village ${JSON.stringify(objection.village)} in the results`,
    { expected: 'text' },
  );
}

function unknownHousehold(
  objection: Objection,
  villages: readonly IndexedVillage[],
  named: number,
): Issue {
  const key = idKey(objection.household);
  const elsewhere = villages.find((village, i) => i !== named && village.records.has(key));
  const where =
    elsewhere === undefined
      ? `no household ${JSON.stringify(objection.household)} in village ${JSON.stringify(objection.village)}`
      : `household ${JSON.stringify(objection.household)} is in village ${JSON.stringify(elsewhere.id)}, not in ${JSON.stringify(objection.village)}`;
  return makeIssue(['household'], 'unknown_reference', `${where} of the results`, {
    expected: 'text',
  });
}

/** The day number of a date the document's reader has checked. */
function day(text: string): DayNumber {
  const n = parseDay(text);
  if (n === undefined) throw new Error(`not a checked date: ${text}`);
  return n;
}
