import { type Issue, makeIssue } from '../issues.js';
import { describeType, jsonTypeOf } from './decimal-text.js';

/**
 * The issue of an input that is not the document asked for at all (not a JSON object): one wording
 * and one set of params (`expected: 'document'`, the JSON type it was) for every document kind,
 * so the messages rendered from them read alike. `what` names the document and its shape.
 */
export function notADocument(what: string, value: unknown): Issue {
  return makeIssue([], 'invalid_document', `expected ${what}, got ${describeType(value)}`, {
    expected: 'document',
    got: jsonTypeOf(value),
  });
}
