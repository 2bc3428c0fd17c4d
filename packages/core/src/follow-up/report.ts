import type { DisplayParameters } from '../model/document.js';
import { fenToMoneyText } from '../money/fen.js';
import { idKey } from '../schema/ids.js';
import type {
  EntityFollowUp,
  HouseholdFollowUp,
  HouseholdFunnel,
  LenderFollowUp,
  OverLimitException,
  TownshipFollowUp,
  VillageFollowUp,
} from '../types/follow-up.js';
import type { Accounts } from './accounts.js';
import { addTally, emptyTally, followUpMetrics, type LineTally } from './metrics.js';
import type { IndexedVillage, SubjectIndex } from './subject-index.js';

/** The parts of the report made at its end, from the subjects' sums. */
export interface BuiltReport {
  readonly villages: VillageFollowUp[];
  readonly townships: TownshipFollowUp[] | undefined;
  readonly county: HouseholdFollowUp;
  readonly entities: EntityFollowUp;
  readonly lenders: LenderFollowUp[];
  /** Sorted by line. */
  readonly overLimit: OverLimitException[];
}

/** A group of villages' denominators, summed. */
interface VillageCounts {
  registered: number;
  collected: number;
  rated: number;
  creditHouseholds: number;
}

/**
 * The metrics of every village, township, the county, the entities and each lender, and the
 * subjects over their limit, from one pass over the subjects with an active line. Every sum is
 * exact (BigInt fen); villages and townships keep the results' order, lenders are sorted by id.
 */
export function buildReport(
  index: SubjectIndex,
  accounts: Accounts,
  lenderIds: readonly string[],
  display: DisplayParameters,
): BuiltReport {
  const villageTallies = index.villages.map(emptyTally);
  const entityTally = emptyTally();
  const lenderTallies = lenderIds.map(() => ({ households: emptyTally(), entities: emptyTally() }));
  const overLimit: OverLimitException[] = [];

  for (let s = 0; s < index.size; s++) {
    if (!accounts.has(s)) continue;
    const lenders = accounts.lenders(s);
    const village = index.villageOf[s] as number;
    const credit = index.credit[s] === 1;
    let granted = 0n;
    let used = 0n;
    for (const part of lenders) {
      granted += part.granted;
      used += part.used;
      const own = lenderTallies[part.lender] as { households: LineTally; entities: LineTally };
      count(village < 0 ? own.entities : own.households, credit, part.granted, part.used);
    }
    count(
      village < 0 ? entityTally : (villageTallies[village] as LineTally),
      credit,
      granted,
      used,
    );
    const limit = BigInt(index.limitFen[s] as number);
    if (granted > limit) {
      const id = index.ids[s] as string;
      const v = index.villages[village];
      const subject = v === undefined ? { entity: id } : { village: v.id as string, household: id };
      overLimit.push({
        kind: 'overLimit',
        line: accounts.firstLine(s),
        ...subject,
        granted: fenToMoneyText(granted),
        limit: fenToMoneyText(limit),
        lenders: lenders
          .map((part) => ({
            lender: lenderIds[part.lender] as string,
            granted: fenToMoneyText(part.granted),
          }))
          .sort((a, b) => compareIds(a.lender, b.lender)),
      });
    }
  }
  overLimit.sort((a, b) => a.line - b.line);

  const households = (tally: LineTally, counts: VillageCounts): HouseholdFollowUp => ({
    metrics: followUpMetrics(tally, counts.registered, counts.creditHouseholds, display),
    granted: fenToMoneyText(tally.granted),
    used: fenToMoneyText(tally.used),
    funnel: funnel(tally, counts),
  });

  const villages = index.villages.map((v, i) => ({
    id: v.id,
    ...households(villageTallies[i] as LineTally, v),
  }));

  // Villages belong to the first township with the id they name.
  const townshipOf = new Map<string, number>();
  index.townships.forEach((t, i) => {
    if (t.id !== null && !townshipOf.has(idKey(t.id))) townshipOf.set(idKey(t.id), i);
  });
  const townshipTallies = index.townships.map(emptyTally);
  const townshipCounts = index.townships.map(noCounts);
  const countyTally = emptyTally();
  const countyCounts = noCounts();
  index.villages.forEach((v, i) => {
    const tally = villageTallies[i] as LineTally;
    addTally(countyTally, tally);
    addCounts(countyCounts, v);
    const t = v.townshipKey === undefined ? undefined : townshipOf.get(v.townshipKey);
    if (t === undefined) return;
    addTally(townshipTallies[t] as LineTally, tally);
    addCounts(townshipCounts[t] as VillageCounts, v);
  });
  const townships = !index.hasTownships
    ? undefined
    : index.townships.map((t, i) => ({
        id: t.id,
        ...households(townshipTallies[i] as LineTally, townshipCounts[i] as VillageCounts),
      }));

  const entityMetrics = (tally: LineTally) => ({
    metrics: followUpMetrics(tally, index.entitiesRated, index.creditEntities, display),
    granted: fenToMoneyText(tally.granted),
    used: fenToMoneyText(tally.used),
  });

  const lenders = lenderIds
    .map((lender, i) => ({
      lender,
      tallies: lenderTallies[i] as { households: LineTally; entities: LineTally },
    }))
    // Lenders are known by their active lines to scored subjects only.
    .filter(({ tallies }) => tallies.households.withLine + tallies.entities.withLine > 0)
    .sort((a, b) => compareIds(a.lender, b.lender))
    .map(({ lender, tallies }) => {
      const { metrics, granted, used } = households(tallies.households, countyCounts);
      return { lender, metrics, granted, used, entities: entityMetrics(tallies.entities) };
    });

  return {
    villages,
    townships,
    county: households(countyTally, countyCounts),
    entities: {
      ...entityMetrics(entityTally),
      funnel: {
        collected: index.entitiesCollected,
        rated: index.entitiesRated,
        creditEntities: index.creditEntities,
        withLine: entityTally.withLine,
        drawing: entityTally.drawing,
      },
    },
    lenders,
    overLimit,
  };
}

function count(tally: LineTally, credit: boolean, granted: bigint, used: bigint): void {
  tally.withLine++;
  if (credit) tally.creditWithLine++;
  if (used > 0n) tally.drawing++;
  tally.granted += granted;
  tally.used += used;
}

function noCounts(): VillageCounts {
  return { registered: 0, collected: 0, rated: 0, creditHouseholds: 0 };
}

function addCounts(into: VillageCounts, v: IndexedVillage): void {
  into.registered += v.registered;
  into.collected += v.collected;
  into.rated += v.rated;
  into.creditHouseholds += v.creditHouseholds;
}

function funnel(tally: LineTally, counts: VillageCounts): HouseholdFunnel {
  return {
    registered: counts.registered,
    collected: counts.collected,
    rated: counts.rated,
    creditHouseholds: counts.creditHouseholds,
    withLine: tally.withLine,
    drawing: tally.drawing,
  };
}

/** The order of lender ids in reports: by UTF-16 code units, as JavaScript sorts strings. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
