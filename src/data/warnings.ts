// The messages this module produces (a lazily loaded area of the English catalog).
import '../i18n/en-authoring';
import type { MessageKey, Params } from '../i18n/i18n';
import { endDay, startDay } from '../model/dates';
import type { Dataset } from '../model/types';
import { loadError, type LoadError, type PathPart } from './load-error';

/**
 * Warnings for a valid dataset: things that load but are probably not what the author meant —
 * a party or issue nobody speaks on, an outcome no one names, a source nothing cites, a speaker
 * quoted outside their term. Same shape as a validation error (JSON path + localized message);
 * a warning never stops a dataset from loading.
 */
export type DatasetWarning = LoadError;

type Add = (path: PathPart[], key: MessageKey, params?: Params) => void;

export function datasetWarnings(d: Dataset): DatasetWarning[] {
  const warnings: DatasetWarning[] = [];
  const add: Add = (path, key, params) => warnings.push(loadError(path, key, params));
  partiesAndIssues(d, add);
  outcomes(d, add);
  statements(d, add);
  sources(d, add);
  d.plans.forEach((p, i) => {
    if (p.terms.length === 0)
      add(['plans', i, 'terms'], 'authoring.warn.planNoTerms', { id: p.id });
  });
  emptyTexts(d, [], add);
  return warnings;
}

function partiesAndIssues(d: Dataset, add: Add): void {
  const parties = new Set(d.statements.map((s) => s.party));
  const issues = new Set(d.statements.map((s) => s.issue));
  d.parties.forEach((p, i) => {
    if (!parties.has(p.id)) add(['parties', i], 'authoring.warn.partyNoStatements', { id: p.id });
  });
  d.issues.forEach((issue, i) => {
    if (!issues.has(issue.id))
      add(['issues', i], 'authoring.warn.issueNoStatements', { id: issue.id });
  });
}

function outcomes(d: Dataset, add: Add): void {
  const named = new Set<string>();
  const name = (issue: string, id: string | undefined) => id && named.add(`${issue}\n${id}`);
  for (const s of d.statements) {
    for (const id of [...s.accepts, ...(s.rejects ?? []), s.prefers]) name(s.issue, id);
  }
  for (const p of d.plans) for (const t of p.terms) for (const id of t.outcomes) name(t.issue, id);
  d.issues.forEach((issue, i) => {
    if (issue.outcomes.length < 2)
      add(['issues', i, 'outcomes'], 'authoring.warn.singleOutcome', { id: issue.id });
    issue.outcomes.forEach((o, k) => {
      if (!named.has(`${issue.id}\n${o.id}`))
        add(['issues', i, 'outcomes', k], 'authoring.warn.outcomeUnused', {
          id: o.id,
          issue: issue.id,
        });
    });
  });
}

function statements(d: Dataset, add: Add): void {
  const speakers = new Map(
    d.parties.flatMap((p) => p.speakers.map((s) => [`${p.id}\n${s.id}`, s] as const)),
  );
  const published = new Map(d.sources.map((s) => [s.id, s.published]));
  const firstOnDay = new Map<string, string>();
  d.statements.forEach((s, i) => {
    const at: PathPart[] = ['statements', i];
    const speaker = s.speaker === undefined ? undefined : speakers.get(`${s.party}\n${s.speaker}`);
    if (speaker?.from !== undefined && endDay(s.date) < startDay(speaker.from))
      add([...at, 'speaker'], 'authoring.warn.speakerNotYet', {
        speaker: speaker.name,
        date: s.date,
        from: speaker.from,
      });
    if (speaker?.to !== undefined && startDay(s.date) > endDay(speaker.to))
      add([...at, 'speaker'], 'authoring.warn.speakerNoLonger', {
        speaker: speaker.name,
        date: s.date,
        to: speaker.to,
      });
    s.sources.forEach((id, k) => {
      const day = published.get(id);
      if (day !== undefined && endDay(day) < startDay(s.date))
        add([...at, 'sources', k], 'authoring.warn.sourceBeforeStatement', {
          id,
          published: day,
          date: s.date,
        });
    });
    const key = `${s.party}\n${s.issue}\n${s.date}`;
    const other = firstOnDay.get(key);
    if (other !== undefined)
      add([...at, 'date'], 'authoring.warn.sameDay', { other, party: s.party, issue: s.issue });
    else firstOnDay.set(key, s.id);
    if (s.accepts.length === 0 && (s.rejects ?? []).length === 0)
      add([...at, 'accepts'], 'authoring.warn.withdrawn', { party: s.party, issue: s.issue });
  });
}

/** A source counts as used when a statement, event or plan cites it, or a used source relays it. */
function sources(d: Dataset, add: Add): void {
  const via = new Map(d.sources.map((s) => [s.id, s.via]));
  const used = new Set<string>();
  const use = (id: string) => {
    // `via` chains are loop-free in a valid dataset; the size bound guards anyway.
    for (let next: string | undefined = id, n = 0; next && n <= via.size; next = via.get(next), n++)
      used.add(next);
  };
  d.statements.forEach((s) => s.sources.forEach(use));
  d.events.forEach((e) => e.sources?.forEach(use));
  d.plans.forEach((p) => p.sources.forEach(use));
  d.sources.forEach((s, i) => {
    if (!used.has(s.id)) add(['sources', i], 'authoring.warn.sourceUnused', { id: s.id });
    if (s.type === undefined)
      add(['sources', i, 'type'], 'authoring.warn.sourceNoType', { id: s.id });
  });
}

const TEXT_KEYS = new Set([
  'title',
  'description',
  'name',
  'role',
  'question',
  'label',
  'summary',
  'body',
  'changes',
  'note',
  'translations',
]);

/** Every localized text that is present but empty, e.g. `"de": ""`. */
function emptyTexts(node: unknown, path: PathPart[], add: Add): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => emptyTexts(item, [...path, i], add));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (
      TEXT_KEYS.has(key) &&
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value)
    ) {
      for (const [lang, text] of Object.entries(value))
        if (typeof text === 'string' && text.trim() === '')
          add([...path, key], 'authoring.warn.emptyText', { lang });
    } else if (typeof value === 'object') emptyTexts(value, [...path, key], add);
  }
}
