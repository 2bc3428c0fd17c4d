import {
  fieldLabel,
  fieldLabelParts,
  type Issue,
  issueMessage,
  type Model,
  type RecordKind,
} from '../lib/core-adapter';
import { useI18n } from './index';

/** Issues and field names in the UI's language, from the core's codes and params. */
export interface IssueWords {
  /** The field's name with its parents: `房屋 1 › 面积（m²）`. */
  field(path: readonly (string | number)[], record?: RecordKind): string;
  /** The field's own name, as a form labels its input: `面积（m²）`. */
  name(path: readonly (string | number)[], record?: RecordKind): string;
  /** What is wrong, in a clerk's words: `最多 2 位小数，填写的是「120.555」`. */
  message(issue: Issue, record?: RecordKind): string;
}

/**
 * The core's messages in the current language with `model`'s labels. Every page that shows an
 * issue or names a field goes through this (never through an issue's English `message`).
 */
export function useIssueWords(model: Model): IssueWords {
  const { lang } = useI18n();
  return {
    field: (path, record = 'household') => fieldLabel(path, { lang, model, record }),
    name: (path, record = 'household') =>
      fieldLabelParts(path, { lang, model, record }).at(-1) ?? '',
    message: (issue, record = 'household') => issueMessage(issue, { lang, model, record }),
  };
}
