import type { $ZodIssue } from 'zod/v4/core';
import { isMessageKey, translate, type Lang, type MessageKey, type Params } from '../i18n/i18n';
import type { Localized } from '../model/types';

/** One problem with a dataset: where it is (a JSON path such as `$.statements[3].date`) and what is wrong. */
export interface LoadError {
  readonly path: string;
  readonly key: MessageKey;
  readonly params: Params;
  /** The plain-language message in every UI language. */
  readonly message: Localized;
}

export type PathPart = string | number;

export function formatPath(parts: readonly PropertyKey[]): string {
  return parts.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    const name = String(part);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${acc}.${name}` : `${acc}[${JSON.stringify(name)}]`;
  }, '$');
}

export function loadError(
  path: readonly PropertyKey[] | string,
  key: MessageKey,
  params: Params = {},
): LoadError {
  return {
    path: typeof path === 'string' ? path : formatPath(path),
    key,
    params,
    message: {
      en: translate('en', key, localise(params, 'en')),
      de: translate('de', key, localise(params, 'de')),
    },
  };
}

/** A `kind` parameter names a part of the dataset; it is said in the message's language. */
function localise(params: Params, lang: Lang): Params {
  const kind = params.kind;
  const key = `kind.${String(kind)}`;
  return typeof kind === 'string' && isMessageKey(key)
    ? { ...params, kind: translate(lang, key) }
    : params;
}

const CUSTOM_KEYS: Readonly<Record<string, MessageKey>> = {
  id: 'validation.id',
  date: 'validation.date',
  day: 'validation.day',
  url: 'validation.url',
  version: 'validation.version',
  lang: 'validation.lang',
};

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object'
    ? 'an object'
    : `${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

/** Turns one schema issue into a located, plain-language error. */
export function fromSchemaIssue(issue: $ZodIssue, input: unknown): LoadError {
  const path = issue.path;
  const custom = CUSTOM_KEYS[issue.message];
  if (custom) return loadError(path, custom);
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, path);
      return value === undefined
        ? loadError(path, 'validation.required')
        : loadError(path, 'validation.type', {
            expected: issue.expected,
            received: describeValue(value),
          });
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? loadError(path, 'validation.literal', { expected: JSON.stringify(issue.values[0]) })
        : loadError(path, 'validation.enum', { options: issue.values.map(String).join(', ') });
    case 'too_small':
      return loadError(path, 'validation.tooSmall', { minimum: Number(issue.minimum) });
    case 'too_big':
      return loadError(
        path,
        issue.origin === 'string' ? 'validation.tooLong' : 'validation.tooBig',
        {
          maximum: Number(issue.maximum),
        },
      );
    case 'invalid_key':
      return loadError(path, 'validation.lang');
    default:
      return loadError(path, 'validation.other');
  }
}
