import { isDay } from '../model/dates';
import type { IsoDate, Reliability } from '../model/types';
import { RELIABILITY_ORDER } from '../model/types';
import { isLang } from '../i18n/i18n';
import type { DealTerm } from '../model/deal';
import type {
  Focus,
  Lanes,
  Mode,
  Order,
  OverlapScope,
  Problem,
  Theme,
  ViewState,
} from './view-state';

const ID = /^[a-z0-9-]+$/;
const MODES: readonly string[] = ['positions', 'overlap'] satisfies Mode[];
/** The longest tour a link may carry (base64url characters): beyond it, share the file. */
export const MAX_TOUR_PARAM = 12_000;
/** `mine`, or a tour shared in the link: base64url, bounded so a link stays a link. */
const TOUR = new RegExp(`^(mine|[A-Za-z0-9_-]{1,${MAX_TOUR_PARAM}})$`);
const THEMES: readonly string[] = ['light', 'dark', 'auto'] satisfies Theme[];
/** A bundled dataset's id, or `my:<key>` for one the reader stored in this browser. */
const DATASET = /^(?:[a-z0-9-]+|my:[a-z0-9-]{1,64})$/;

/**
 * A dataset version as the dataset format writes it, `YYYY-MM-DD.N` (e.g. `2026-11-24.3`). It
 * becomes part of a file path, so nothing else gets through.
 */
export const isVersion = (raw: string): boolean => /^\d{4}-\d{2}-\d{2}\.\d{1,9}$/.test(raw);

/** Old parameter names that links in the wild may still use, mapped to today's names. */
export const RENAMED_PARAMS: Readonly<Record<string, string>> = { date: 'at', language: 'lang' };

type Parsed<T> = { ok: true; value: T } | { ok: false };
const valid = <T>(value: T): Parsed<T> => ({ ok: true, value });
const invalid = { ok: false } as const;

/** Comma-separated ids; `[]` for an empty value, `undefined` when no id in it was valid. */
function parseIdList(
  raw: string,
  param: string,
  problems: Problem[],
): readonly string[] | undefined {
  if (raw.trim() === '') return [];
  const ids: string[] = [];
  for (const part of raw.split(',')) {
    const id = part.trim();
    if (!ID.test(id)) problems.push({ param, value: part, kind: 'bad' });
    else if (!ids.includes(id)) ids.push(id);
  }
  return ids.length > 0 ? ids : undefined;
}

const parsers: { [K in keyof ViewState]-?: (raw: string) => Parsed<NonNullable<ViewState[K]>> } = {
  at: (raw) => (isDay(raw) ? valid(raw as IsoDate) : invalid),
  parties: () => invalid, // lists are parsed per item below
  issues: () => invalid,
  focus: (raw) => {
    const [party, issue, extra] = raw.split(':');
    return party && issue && extra === undefined && ID.test(party) && ID.test(issue)
      ? valid<Focus>({ party, issue })
      : invalid;
  },
  mode: (raw) => (MODES.includes(raw) ? valid(raw as Mode) : invalid),
  compare: (raw) => (isDay(raw) ? valid(raw as IsoDate) : invalid),
  from: (raw) => (isDay(raw) ? valid(raw as IsoDate) : invalid),
  to: (raw) => (isDay(raw) ? valid(raw as IsoDate) : invalid),
  lanes: (raw) => (raw === 'party' || raw === 'issue' ? valid<Lanes>(raw) : invalid),
  pair: (raw) => {
    const [a, b, extra] = raw.split(',');
    return a && b && extra === undefined && a !== b && ID.test(a) && ID.test(b)
      ? valid<readonly [string, string]>([a, b])
      : invalid;
  },
  order: (raw) => {
    if (raw === 'name' || raw === 'similarity') return valid<Order>(raw);
    const party = raw.startsWith('party:') ? raw.slice('party:'.length) : '';
    return ID.test(party) ? valid<Order>({ party }) : invalid;
  },
  overlap: (raw) =>
    raw === 'all'
      ? valid<OverlapScope>('all')
      : ID.test(raw)
        ? valid<OverlapScope>({ issue: raw })
        : invalid,
  plan: (raw) => (ID.test(raw) ? valid(raw) : invalid),
  vs: (raw) => (ID.test(raw) ? valid(raw) : invalid),
  terms: (raw) => parseTerms(raw),
  step: (raw) => (/^[1-9]\d{0,3}$/.test(raw) ? valid(Number(raw)) : invalid),
  tour: (raw) => (TOUR.test(raw) ? valid(raw) : invalid),
  rel: (raw) =>
    (RELIABILITY_ORDER as readonly string[]).includes(raw) ? valid(raw as Reliability) : invalid,
  lang: (raw) => (isLang(raw) ? valid(raw) : invalid),
  theme: (raw) => (THEMES.includes(raw) ? valid(raw as Theme) : invalid),
  version: (raw) => (isVersion(raw) ? valid(raw) : invalid),
  dataset: (raw) => (DATASET.test(raw) ? valid(raw) : invalid),
  data: (raw) => (isHttpUrl(raw) ? valid(raw) : invalid),
};

/**
 * Deal terms: `issue:outcome` pairs, comma-separated; a term allowing several outcomes joins them
 * with dots (`nato:moratorium.long-term-path`). Empty means "no terms chosen". One term per issue.
 */
function parseTerms(raw: string): Parsed<readonly DealTerm[]> {
  if (raw.trim() === '') return valid([]);
  const terms: DealTerm[] = [];
  for (const part of raw.split(',')) {
    const [issue, outcomes, extra] = part.split(':');
    if (!issue || !outcomes || extra !== undefined || !ID.test(issue)) return invalid;
    const ids = outcomes.split('.');
    if (!ids.every((o) => ID.test(o)) || terms.some((t) => t.issue === issue)) return invalid;
    terms.push({ issue, outcomes: [...new Set(ids)] });
  }
  return valid(terms);
}

export function serializeTerms(terms: readonly DealTerm[]): string {
  return terms.map((t) => `${t.issue}:${t.outcomes.join('.')}`).join(',');
}

export function isHttpUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Parses a query string per parameter; each bad value is dropped and reported, never thrown. */
export function parseQuery(search: string): { state: ViewState; problems: Problem[] } {
  const params = new URLSearchParams(search);
  const state: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const [rawName, raw] of params) {
    const name = RENAMED_PARAMS[rawName] ?? rawName;
    if (!Object.hasOwn(parsers, name) || Object.hasOwn(state, name)) continue;
    if (name === 'parties' || name === 'issues') {
      const ids = parseIdList(raw, name, problems);
      if (ids) state[name] = ids;
      continue;
    }
    const parsed = parsers[name as keyof ViewState](raw);
    if (parsed.ok) state[name] = parsed.value;
    else problems.push({ param: name, value: raw, kind: 'bad' });
  }
  return { state: state as ViewState, problems };
}

const keep = (s: string) => encodeURIComponent(s).replace(/%2C/g, ',').replace(/%3A/g, ':');

/** The canonical query string for a state (fixed parameter order, without the leading "?"). */
export function serializeQuery(state: ViewState): string {
  const pairs: [string, string | undefined][] = [
    ['dataset', state.dataset],
    ['data', state.data],
    ['version', state.version],
    ['at', state.at],
    ['parties', state.parties?.join(',')],
    ['issues', state.issues?.join(',')],
    ['focus', state.focus && `${state.focus.party}:${state.focus.issue}`],
    ['mode', state.mode],
    ['compare', state.compare],
    ['overlap', state.overlap && (state.overlap === 'all' ? 'all' : state.overlap.issue)],
    [
      'order',
      state.order && (typeof state.order === 'string' ? state.order : `party:${state.order.party}`),
    ],
    ['from', state.from],
    ['to', state.to],
    ['lanes', state.lanes],
    ['pair', state.pair?.join(',')],
    ['plan', state.plan],
    ['terms', state.terms && serializeTerms(state.terms)],
    ['vs', state.vs],
    ['step', state.step?.toString()],
    ['tour', state.tour],
    ['rel', state.rel],
    ['lang', state.lang],
    ['theme', state.theme],
  ];
  return pairs
    .filter((p): p is [string, string] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${keep(v)}`)
    .join('&');
}
