import type { Lang } from '../messages/options.js';
import { fenToMoneyText, moneyTextToFen } from '../money/fen.js';
import type {
  EntityFunnel,
  FollowUpMetrics,
  HouseholdFunnel,
  OverLimitException,
} from '../types/follow-up.js';
import type { MoneyText } from '../types/result.js';

/**
 * The follow-up's words (docs/model.md §17) in the reader's language: the stages of the funnels
 * and the names of the four metrics, for households and for entities; and an over-limit subject's
 * excess. One place for the command's report and the web scorecard's follow-up page.
 */

type Words = Readonly<Record<Lang, string>>;

/** The household funnel's stages, in order: registered → … → drawing. */
export const HOUSEHOLD_FUNNEL_LABELS: Readonly<Record<keyof HouseholdFunnel, Words>> = {
  registered: { zh: '登记', en: 'registered' },
  collected: { zh: '采集', en: 'collected' },
  rated: { zh: '评定', en: 'rated' },
  creditHouseholds: { zh: '信用户', en: 'credit households' },
  withLine: { zh: '已授信', en: 'with a line' },
  drawing: { zh: '已用信', en: 'drawing' },
};

/** The entity funnel's stages, in order: sent → … → drawing. */
export const ENTITY_FUNNEL_LABELS: Readonly<Record<keyof EntityFunnel, Words>> = {
  collected: { zh: '报送', en: 'sent' },
  rated: { zh: '评定', en: 'rated' },
  creditEntities: { zh: '信用主体', en: 'credit entities' },
  withLine: { zh: '已授信', en: 'with a line' },
  drawing: { zh: '已用信', en: 'drawing' },
};

/** The four metrics' names, for households. */
export const HOUSEHOLD_METRIC_LABELS: Readonly<Record<keyof FollowUpMetrics, Words>> = {
  coverage: { zh: '授信覆盖率', en: 'coverage' },
  creditHouseholdCoverage: { zh: '信用户授信率', en: 'credit households with a line' },
  useRateHouseholds: { zh: '用信率(户)', en: 'use rate (households)' },
  useRateAmount: { zh: '用信率(额)', en: 'use rate (amount)' },
};

/** The four metrics' names, for entities (the same ids, entities in place of households). */
export const ENTITY_METRIC_LABELS: Readonly<Record<keyof FollowUpMetrics, Words>> = {
  coverage: { zh: '授信覆盖率', en: 'coverage' },
  creditHouseholdCoverage: { zh: '信用主体授信率', en: 'credit entities with a line' },
  useRateHouseholds: { zh: '用信率(主体)', en: 'use rate (entities)' },
  useRateAmount: { zh: '用信率(额)', en: 'use rate (amount)' },
};

/**
 * How far an over-limit subject's lines pass its limit: Σ granted − limit, exact to the fen.
 *
 * @example overLimitExcess({ granted: '300000.01', limit: '300000.00' }) // '0.01'
 */
export function overLimitExcess(
  exception: Pick<OverLimitException, 'granted' | 'limit'>,
): MoneyText {
  return fenToMoneyText(moneyTextToFen(exception.granted) - moneyTextToFen(exception.limit));
}
