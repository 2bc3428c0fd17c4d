import {
  ENTITY_FUNNEL_LABELS,
  ENTITY_METRIC_LABELS,
  type EntityFunnel,
  EXCEPTION_KIND_LABELS,
  type FollowUpException,
  type FollowUpMetrics,
  type FollowUpReport,
  HOUSEHOLD_FUNNEL_LABELS,
  HOUSEHOLD_METRIC_LABELS,
  type HouseholdFollowUp,
  type HouseholdFunnel,
  issueLine,
  type Lang,
  type LedgerLineError,
  overLimitExcess,
} from '@credit-village/core';
import { formatCount, formatMoneyText } from './numbers.js';

/**
 * The follow-up report for people (`credit-village follow-up`), in Chinese by default or in
 * English (`--lang en`): the ledger's lines accounted; the funnel and the four metrics of the
 * county, each township and each village (registered → collected → rated → credit households →
 * with a line → drawing); the entities; the per-lender table; then the exceptions and the bad
 * lines, which the command streams (see {@link exceptionLine}, {@link errorLines}). Ids and
 * amounts only, never a name.
 */

/** `zh` unless `--lang en` was asked for: the report's readers are county clerks and loan officers. */
export function followUpLanguage(env: NodeJS.ProcessEnv = process.env): Lang {
  return env.CREDIT_VILLAGE_LANG === 'en' ? 'en' : 'zh';
}

type Pick = (zh: string, en: string) => string;

const pickFor =
  (lang: Lang): Pick =>
  (zh, en) =>
    lang === 'zh' ? zh : en;

/** Everything before the exceptions. */
export function followUpHeadLines(report: FollowUpReport, lang: Lang): string[] {
  const t = pickFor(lang);
  const { summary, model } = report;
  const out = [
    t(
      `授信用信跟踪（统计日期 ${report.asOf}）`,
      `Credit follow-up (balances as of ${report.asOf})`,
    ),
    t(
      `  评定模型：${model.id} 第 ${model.version} 版`,
      `  model: ${model.id} version ${model.version}`,
    ),
    t(
      `  台账 ${formatCount(summary.lines)} 条：计入 ${formatCount(summary.active)} 条，已到期 ${formatCount(summary.expired)} 条，查无此对象 ${formatCount(summary.unknownSubject)} 条，评定记录无效 ${formatCount(summary.invalidSubject)} 条，有误 ${formatCount(summary.errors)} 条`,
      `  ledger: ${formatCount(summary.lines)} lines: ${formatCount(summary.active)} counted, ${formatCount(summary.expired)} expired, ${formatCount(summary.unknownSubject)} unknown subject, ${formatCount(summary.invalidSubject)} invalid record, ${formatCount(summary.errors)} with errors`,
    ),
    '',
    t('全县农户', 'County households'),
    ...groupLines(report.county, t, lang),
  ];
  if (report.townships !== undefined) {
    out.push('', t('乡镇', 'Townships'));
    out.push(...groupTable(report.townships, lang, t('乡镇', 'township')));
  }
  out.push('', t('村', 'Villages'));
  out.push(...groupTable(report.villages, lang, t('村', 'village')));

  const e = report.entities;
  out.push(
    '',
    t('新型农业经营主体', 'New agricultural business entities'),
    funnelLine(e.funnel, ENTITY_FUNNEL_LABELS, lang),
    ...metricLines(e.metrics, t, lang, true),
  );

  out.push('', t('授信银行（农户）', 'Lenders (households)'));
  if (report.lenders.length === 0) out.push(t('  没有计入的授信', '  no line counted'));
  else
    out.push(
      ...table(
        [
          [
            t('银行', 'lender'),
            t('已授信户', 'with a line'),
            ...metricHeads(lang),
            t('授信（元）', 'granted'),
            t('用信（元）', 'drawn'),
            t('主体授信（元）', 'entities granted'),
            t('主体用信（元）', 'entities drawn'),
          ],
          ...report.lenders.map((l) => [
            l.lender,
            formatCount(l.metrics.coverage.numerator),
            ratio(l.metrics.coverage.value),
            ratio(l.metrics.creditHouseholdCoverage.value),
            ratio(l.metrics.useRateHouseholds.value),
            ratio(l.metrics.useRateAmount.value),
            formatMoneyText(l.granted),
            formatMoneyText(l.used),
            formatMoneyText(l.entities.granted),
            formatMoneyText(l.entities.used),
          ]),
        ],
        'lrrrrrrrrr',
      ),
    );
  return out;
}

/** The heading of the exceptions. */
export function exceptionsHeading(report: FollowUpReport, lang: Lang): string[] {
  const t = pickFor(lang);
  const { summary } = report;
  const count = summary.overLimit + summary.unknownSubject + summary.invalidSubject;
  return [
    '',
    t(
      `异常 ${formatCount(count)} 项（超额授信 ${formatCount(summary.overLimit)}，查无此对象 ${formatCount(summary.unknownSubject)}，评定记录无效 ${formatCount(summary.invalidSubject)}）`,
      `Exceptions: ${formatCount(count)} (over limit ${formatCount(summary.overLimit)}, unknown subject ${formatCount(summary.unknownSubject)}, invalid record ${formatCount(summary.invalidSubject)})`,
    ),
    ...(count === 0 ? [t('  无', '  none')] : []),
  ];
}

/** One exception as one line: the ledger line's number, the subject, the lenders and amounts. */
export function exceptionLine(exception: FollowUpException, lang: Lang): string {
  const t = pickFor(lang);
  const kind = EXCEPTION_KIND_LABELS[exception.kind][lang];
  const subject =
    'entity' in exception
      ? t(`经营主体 ${exception.entity}`, `entity ${exception.entity}`)
      : t(
          `村 ${exception.village} 户 ${exception.household}`,
          `village ${exception.village}, household ${exception.household}`,
        );
  const yuan = (money: string) =>
    t(`${formatMoneyText(money)} 元`, `${formatMoneyText(money)} yuan`);
  if (exception.kind === 'overLimit') {
    const over = overLimitExcess(exception);
    const shares = exception.lenders
      .map((s) => `${s.lender} ${yuan(s.granted)}`)
      .join(t('；', '; '));
    return t(
      `  #${exception.line} ${kind}：${subject}，授信合计 ${yuan(exception.granted)}，核定额度 ${yuan(exception.limit)}，超出 ${yuan(over)}（${shares}）`,
      `  #${exception.line} ${kind}: ${subject}: granted ${yuan(exception.granted)} in all, limit ${yuan(exception.limit)}, ${yuan(over)} over (${shares})`,
    );
  }
  const why =
    exception.kind === 'unknownSubject'
      ? t('评定结果中没有', 'not in the results')
      : t('只有一条有误的记录，没有核定额度', 'only an invalid record, no limit');
  return t(
    `  #${exception.line} ${kind}：${subject}（${why}），授信银行 ${exception.lender}，授信 ${yuan(exception.granted)}，用信 ${yuan(exception.used)}`,
    `  #${exception.line} ${kind}: ${subject} (${why}), lender ${exception.lender}, granted ${yuan(exception.granted)}, drawn ${yuan(exception.used)}`,
  );
}

/** The heading of the bad lines. */
export function errorsHeading(report: FollowUpReport, lang: Lang): string[] {
  const t = pickFor(lang);
  const n = report.summary.errors;
  return [
    '',
    t(
      `有误的台账记录 ${formatCount(n)} 条（未计入任何指标）`,
      `Ledger lines with errors: ${formatCount(n)} (counted nowhere)`,
    ),
    ...(n === 0 ? [t('  无', '  none')] : []),
  ];
}

/** One bad line: each of its problems, in the report's language. */
export function errorLines(error: LedgerLineError, lang: Lang): string[] {
  return error.issues.map(
    (issue) => `  #${error.index} ${issueLine(issue, { lang, record: 'ledgerLine' })}`,
  );
}

/** The funnel and metrics of the county. */
function groupLines(group: HouseholdFollowUp, t: Pick, lang: Lang): string[] {
  return [
    funnelLine(group.funnel, HOUSEHOLD_FUNNEL_LABELS, lang),
    ...metricLines(group.metrics, t, lang, false),
  ];
}

/** A funnel on one line, its stages named by the core: `登记 47 → 采集 44 → …`. */
function funnelLine<F extends HouseholdFunnel | EntityFunnel>(
  funnel: F,
  labels: Readonly<Record<keyof F, Readonly<Record<Lang, string>>>>,
  lang: Lang,
): string {
  const stages = (Object.keys(labels) as (keyof F & string)[]).map(
    (stage) => `${labels[stage][lang]} ${formatCount(funnel[stage] as number)}`,
  );
  return `  ${stages.join(' → ')}`;
}

function metricLines(metrics: FollowUpMetrics, t: Pick, lang: Lang, entities: boolean): string[] {
  const names = entities ? ENTITY_METRIC_LABELS : HOUSEHOLD_METRIC_LABELS;
  const name = (id: keyof FollowUpMetrics) => names[id][lang];
  const count = (m: FollowUpMetrics['coverage']) =>
    `${formatCount(m.numerator)} / ${formatCount(m.denominator)} = ${ratio(m.value)}`;
  const amount = metrics.useRateAmount;
  return [
    `  ${name('coverage')} ${count(metrics.coverage)}${t('；', '; ')}${name('creditHouseholdCoverage')} ${count(metrics.creditHouseholdCoverage)}`,
    `  ${name('useRateHouseholds')} ${count(metrics.useRateHouseholds)}${t('；', '; ')}${name('useRateAmount')} ${formatMoneyText(amount.numerator)} / ${formatMoneyText(amount.denominator)} ${t('元', 'yuan')} = ${ratio(amount.value)}`,
  ];
}

/** The four metrics' names, as the core says them for households. */
function metricHeads(lang: Lang): string[] {
  return Object.values(HOUSEHOLD_METRIC_LABELS).map((words) => words[lang]);
}

/** Villages or townships as a table: the funnel, the ratios and the sums. */
function groupTable(
  groups: readonly (HouseholdFollowUp & { readonly id: string | null })[],
  lang: Lang,
  what: string,
): string[] {
  const t = pickFor(lang);
  return table(
    [
      [
        what,
        ...Object.values(HOUSEHOLD_FUNNEL_LABELS).map((words) => words[lang]),
        ...metricHeads(lang),
        t('授信（元）', 'granted'),
        t('用信（元）', 'drawn'),
      ],
      ...groups.map((g) => [
        g.id ?? t('（无编号）', '(no id)'),
        formatCount(g.funnel.registered),
        formatCount(g.funnel.collected),
        formatCount(g.funnel.rated),
        formatCount(g.funnel.creditHouseholds),
        formatCount(g.funnel.withLine),
        formatCount(g.funnel.drawing),
        ratio(g.metrics.coverage.value),
        ratio(g.metrics.creditHouseholdCoverage.value),
        ratio(g.metrics.useRateHouseholds.value),
        ratio(g.metrics.useRateAmount.value),
        formatMoneyText(g.granted),
        formatMoneyText(g.used),
      ]),
    ],
    'lrrrrrrrrrrrr',
  );
}

/** A ratio, or a dash when its denominator is 0. */
function ratio(value: string | null): string {
  return value ?? '—';
}

/**
 * Rows as aligned columns (`l` left, `r` right), two spaces apart, each row indented by two.
 * Chinese characters count as two columns, as a terminal shows them.
 */
export function table(rows: readonly (readonly string[])[], align: string): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  return rows.map(
    (row) =>
      `  ${row
        .map((cell, i) => {
          const pad = ' '.repeat((widths[i] ?? 0) - displayWidth(cell));
          return align[i] === 'r' ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd()}`,
  );
}

/** Columns a terminal gives the text: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const cp = char.codePointAt(0) as number;
    width +=
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x20000 && cp <= 0x3fffd)
        ? 2
        : 1;
  }
  return width;
}
