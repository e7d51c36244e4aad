// The messages this module produces (a lazily loaded area of the English catalog).
import '../i18n/en-authoring';
import { isMessageKey, type MessageKey, type Params } from '../i18n/i18n';
import type { Localized } from '../model/types';
import { loadError } from './load-error';

/**
 * How to fix a validation problem, for messages that only say what is wrong: the hint of
 * `validation.date` is `authoring.hint.date` ("Write 2024-03-01 …"). Messages of the CSV bundle
 * and warnings say how to fix them themselves and have no hint.
 */
export function hintFor(problem: {
  readonly key: MessageKey;
  readonly params: Params;
}): Localized | undefined {
  const name = problem.key.startsWith('validation.') ? problem.key.slice(11) : undefined;
  const key = `authoring.hint.${name}`;
  return name !== undefined && isMessageKey(key)
    ? loadError('$', key, problem.params).message
    : undefined;
}
