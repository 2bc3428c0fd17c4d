/**
 * Problems of objections in the clerk's words: where (the field of the objection or of the
 * register, named here) and what is wrong (always the core's `issueMessage`, from its code).
 */
import type { I18n, MessageKey } from '../../i18n/index';
import { fieldLabel, type Issue, issueMessage, type Model } from '../../lib/core-adapter';

/** An issue in words: where, and what is wrong. */
export interface ObjectionIssueWords {
  readonly where: string;
  readonly what: string;
}

/** The fields of one objection (docs/formats.md §15.3), by their path inside it. */
const OBJECTION_FIELDS: Readonly<Record<string, MessageKey>> = {
  village: 'objections.field.village',
  household: 'objections.field.household',
  filed: 'objections.field.filed',
  by: 'objections.field.by',
  grounds: 'objections.field.grounds',
  resolution: 'objections.field.resolution',
  'resolution.date': 'objections.field.resolutionDate',
  'resolution.outcome': 'objections.field.outcome',
};

/** The top of the register (the document), by their path inside it. */
const REGISTER_FIELDS: Readonly<Record<string, MessageKey>> = {
  '': 'objections.field.register',
  notice: 'objections.field.notice',
  'notice.date': 'objections.field.noticeDate',
  'notice.days': 'objections.field.noticeDays',
  holidays: 'objections.field.holidays',
  workdays: 'objections.field.workdays',
  objections: 'objections.field.objections',
};

/** A path's named part (`resolution.date`) and the position of a list entry in it, if any. */
function named(path: readonly (string | number)[]): { key: string; position?: number } {
  const keys = path.filter((p): p is string => typeof p === 'string');
  const position = path.find((p): p is number => typeof p === 'number');
  return position === undefined ? { key: keys.join('.') } : { key: keys.join('.'), position };
}

/** A problem of one objection (paths inside the objection). */
export function objectionIssueWords(issue: Issue, model: Model, i18n: I18n): ObjectionIssueWords {
  const { lang, t } = i18n;
  const what = issueMessage(issue, { lang, model });
  const { key } = named(issue.path);
  const known = OBJECTION_FIELDS[key];
  const where =
    issue.path.length === 0
      ? t('objections.field.objection')
      : known === undefined
        ? t('objections.field.other', { key })
        : t(known);
  return { where, what };
}

/**
 * A problem that keeps the objections from being tracked at all: in the results (a path under
 * `results`, named as a result document's fields), in the register (under `objections`), or the
 * day tracked on (`today`).
 */
export function trackingIssueWords(issue: Issue, model: Model, i18n: I18n): ObjectionIssueWords {
  const { lang, t } = i18n;
  const [first, ...rest] = issue.path;
  const inside: Issue = { ...issue, path: rest };
  if (first === 'results')
    return {
      where: `${t('objections.results')} › ${fieldLabel(rest, { lang, model, record: 'result' })}`,
      what: issueMessage(inside, { lang, model, record: 'result' }),
    };
  if (first === 'today')
    return { where: t('objections.today'), what: issueMessage(inside, { lang, model }) };
  if (first === 'model')
    return { where: t('objections.field.model'), what: issueMessage(inside, { lang, model }) };
  const path = first === 'objections' ? rest : issue.path;
  const { key, position } = named(path);
  const known = REGISTER_FIELDS[key];
  const base = known === undefined ? t('objections.field.other', { key }) : t(known);
  const where =
    position === undefined ? base : t('objections.field.nth', { field: base, n: position + 1 });
  return { where, what: issueMessage({ ...issue, path }, { lang, model }) };
}
