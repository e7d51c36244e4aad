import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import index from '../../../public/datasets/index.json';
import { validateDataset } from '../../../src/data/validate';
import { buildIndex } from '../../../src/model/dataset-index';
import { startDay } from '../../../src/model/dates';
import { hasStance, positionAt } from '../../../src/model/position';
import type { Dataset, IsoDate, Source } from '../../../src/model/types';

/**
 * The bundled dataset (issue 3). Everything the app's loader checks — schema, unique ids, every
 * reference, outcomes of statements and plans, `via` chains, dates not after `asOf`, every text in
 * en and de — is left to `validateDataset`; the rest of this file asserts what only this dataset
 * promises. Only properties, never counts: the data grows.
 *
 * To see these tests fail on purpose, point them at a broken copy:
 *   DATASET_FILE=/tmp/broken.json npx vitest run tests/unit/data/bundled-dataset.test.ts
 */

const FILE =
  process.env.DATASET_FILE ??
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/datasets/russia-ukraine.json');
const FIRST_DAY = '2021-12-01';
// NATO (five issues) is left out on purpose: its remaining fact-base lines are excluded with reasons
// (docs/DATASET.md, "Known gaps").
const MAJOR_PARTIES = ['ukraine', 'russia', 'usa', 'eu'];
const MIN_KNOWN_ISSUES = 6;
const SEED_STATEMENTS = [
  'nato-2024-12-04-sequencing',
  'nato-2024-12-04-dmz',
  'ua-2024-11-29-nato',
  'ua-2024-12-01-territory-control',
  'ru-2024-06-14-neutrality',
  'ru-2024-06-14-nuclear',
  'ru-2024-06-14-army-limits',
  'ru-2024-06-14-identity',
];

const result = validateDataset(JSON.parse(readFileSync(FILE, 'utf8')));
const ds: Dataset = result.ok ? result.dataset : (undefined as never);
const sources = new Map((ds?.sources ?? []).map((s) => [s.id, s]));

/** A source and the ones it relays, nearest first (the loader has already rejected loops). */
function chainOf(id: string): Source[] {
  const chain: Source[] = [];
  for (let s = sources.get(id); s; s = s.via === undefined ? undefined : sources.get(s.via))
    chain.push(s);
  return chain;
}
const isHttp = (url: string | undefined): boolean => /^https?:\/\/\S+$/i.test(url ?? '');
const filled = (text: string | undefined): boolean => (text ?? '').trim().length > 0;

describe('bundled dataset russia-ukraine', () => {
  it("loads with zero errors from the app's own validator", () => {
    const errors = result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message.en}`);
    expect(errors).toEqual([]);
  });

  // Without a valid dataset the remaining tests have nothing to look at.
  describe.runIf(result.ok)('content', () => {
    it('is the russia-ukraine dataset, listed in index.json with its version and asOf', () => {
      expect(ds.id).toBe('russia-ukraine');
      expect(ds.languages).toEqual(['en', 'de']);
      expect(ds.changelog?.some((c) => c.version === ds.version)).toBe(true);
      const entry = index.datasets.find((d) => d.id === ds.id);
      expect(entry).toMatchObject({
        file: 'russia-ukraine.json',
        version: ds.version,
        asOf: ds.asOf,
      });
    });

    it('gives every statement at least one source with an http(s) URL', () => {
      const bad = ds.statements
        .filter((s) => !s.sources.some((id) => isHttp(sources.get(id)?.url)))
        .map((s) => s.id);
      expect(bad).toEqual([]);
    });

    it('summarises every statement in en and de, non-empty, the two differing', () => {
      const bad: string[] = [];
      for (const s of ds.statements) {
        const { en, de } = s.summary;
        if (!filled(en)) bad.push(`${s.id}: empty en`);
        if (!filled(de)) bad.push(`${s.id}: empty de`);
        if (filled(en) && en?.trim() === de?.trim()) bad.push(`${s.id}: en = de`);
      }
      expect(bad).toEqual([]);
    });

    it('translates every quote: into English unless English, into German unless German', () => {
      const bad: string[] = [];
      for (const s of ds.statements) {
        const q = s.quote;
        if (!q) continue;
        if (q.lang !== 'en' && !filled(q.translations?.en)) bad.push(`${s.id}: no en`);
        if (q.lang !== 'de' && !filled(q.translations?.de)) bad.push(`${s.id}: no de`);
      }
      expect(bad).toEqual([]);
    });

    it('has no duplicate statements (same party, issue, date, accepts and rejects)', () => {
      const seen = new Map<string, string>();
      const dup: string[] = [];
      for (const s of ds.statements) {
        const set = (ids: readonly string[] | undefined) => [...(ids ?? [])].sort().join(',');
        const key = [s.party, s.issue, s.date, set(s.accepts), set(s.rejects)].join('|');
        const first = seen.get(key);
        if (first) dup.push(`${s.id} repeats ${first}`);
        else seen.set(key, s.id);
      }
      expect(dup).toEqual([]);
    });

    it(`dates everything from ${FIRST_DAY} to asOf, and asOf is the latest statement`, () => {
      const out: string[] = [];
      const inRange = (where: string, d: IsoDate | undefined) => {
        if (d !== undefined && (startDay(d) < FIRST_DAY || startDay(d) > ds.asOf))
          out.push(`${where}: ${d}`);
      };
      for (const s of ds.statements) inRange(`statement ${s.id}`, s.date);
      for (const e of ds.events) {
        inRange(`event ${e.id}`, e.date);
        inRange(`event ${e.id} end`, e.endDate);
      }
      for (const p of ds.plans) inRange(`plan ${p.id}`, p.date);
      for (const t of ds.tour ?? []) inRange(`tour ${t.id}`, t.state.at);
      expect(out).toEqual([]);
      const latest = ds.statements
        .map((s) => startDay(s.date))
        .sort()
        .at(-1);
      expect(latest).toBe(ds.asOf);
    });

    it('maps every plan term to at least one real outcome of a real issue', () => {
      const outcomes = new Map(ds.issues.map((i) => [i.id, new Set(i.outcomes.map((o) => o.id))]));
      const bad: string[] = [];
      for (const p of ds.plans) {
        if (p.terms.length === 0) bad.push(`${p.id}: no terms`);
        for (const t of p.terms) {
          const known = outcomes.get(t.issue);
          if (!known) bad.push(`${p.id}: unknown issue ${t.issue}`);
          if (t.outcomes.length === 0) bad.push(`${p.id}/${t.issue}: no outcome`);
          for (const o of t.outcomes)
            if (known && !known.has(o)) bad.push(`${p.id}/${t.issue}: outcome ${o}`);
        }
      }
      expect(bad).toEqual([]);
    });

    it(`knows each major party's position on at least ${MIN_KNOWN_ISSUES} issues at asOf`, () => {
      const idx = buildIndex(ds);
      const known = Object.fromEntries(
        MAJOR_PARTIES.map((party) => [
          party,
          ds.issues.filter((i) => hasStance(positionAt(idx, party, i.id, ds.asOf))).length,
        ]),
      );
      const short = Object.entries(known).filter(([, n]) => n < MIN_KNOWN_ISSUES);
      expect(short, JSON.stringify(known)).toEqual([]);
    });

    it("contains the seed article's claims", () => {
      const ids = new Set(ds.statements.map((s) => s.id));
      expect(SEED_STATEMENTS.filter((id) => !ids.has(id))).toEqual([]);
    });

    it('grades the NATO-diplomats DMZ report as reported and keeps its chain back to Bloomberg', () => {
      const dmz = ds.statements.find((s) => s.id === 'nato-2024-12-04-dmz');
      expect(dmz?.reliability).toBe('reported');
      const chains = (dmz?.sources ?? []).map((id) => chainOf(id).map((s) => s.outlet));
      expect(
        chains.some((outlets) => outlets.length > 1 && /bloomberg/i.test(outlets.at(-1)!)),
        JSON.stringify(chains),
      ).toBe(true);
    });

    it('names relayed wire and newspaper copy through a `via` link, not inside the outlet name', () => {
      const relayed = /\((?:Reuters|AP|AFP|NYT|FT|citing [^)]*|[^)]*-based report)\)/;
      expect(ds.sources.filter((s) => relayed.test(s.outlet)).map((s) => s.outlet)).toEqual([]);
    });
  });
});
