import raw from '../../../public/datasets/russia-ukraine.json';
import index from '../../../public/datasets/index.json';
import { parseCatalog } from '../../../src/data/catalog';
import { datasetSchema } from '../../../src/data/schema';
import { validateDataset } from '../../../src/data/validate';
import type { Dataset, Localized } from '../../../src/model/types';

/**
 * The bundled dataset must load and be internally consistent. These cross-checks stand in for
 * the app's loader until it exists; then this test should call the loader and expect zero errors.
 */

const LANGS = ['en', 'de'] as const;

function parse(): Dataset {
  const result = datasetSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`bundled dataset does not match the schema:\n${lines.join('\n')}`);
  }
  return result.data;
}

const ds = parse();

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) dup.add(id);
    seen.add(id);
  }
  return [...dup];
}

/** End of the period a date covers: a month-precision date lasts to the end of its month. */
function endKey(d: string): string {
  return d.length === 7 ? `${d}-31` : d;
}
function startKey(d: string): string {
  return d.length === 7 ? `${d}-01` : d;
}

const parties = new Map(ds.parties.map((p) => [p.id, p]));
const issues = new Map(ds.issues.map((i) => [i.id, i]));
const sources = new Map(ds.sources.map((s) => [s.id, s]));
const outcomesOf = (issueId: string): Set<string> =>
  new Set((issues.get(issueId)?.outcomes ?? []).map((o) => o.id));

describe('bundled dataset russia-ukraine', () => {
  it('parses with the v1 schema and has the expected identity', () => {
    expect(ds.schemaVersion).toBe(1);
    expect(ds.id).toBe('russia-ukraine');
    expect(ds.languages).toEqual(['en', 'de']);
    expect(ds.version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    expect(ds.changelog?.some((c) => c.version === ds.version)).toBe(true);
  });

  it("passes the app's own validation (schema + cross-check) with zero errors", () => {
    const result = validateDataset(raw);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('is listed consistently in index.json', () => {
    expect(parseCatalog(index)).toBeDefined();
    const entry = index.datasets.find((d) => d.id === ds.id);
    expect(entry).toBeDefined();
    expect(entry?.file).toBe('russia-ukraine.json');
    expect(entry?.version).toBe(ds.version);
    expect(entry?.asOf).toBe(ds.asOf);
    expect(entry?.title.en).toBeTruthy();
    expect(entry?.title.de).toBeTruthy();
  });

  it('has unique ids per kind', () => {
    expect(duplicates(ds.parties.map((p) => p.id))).toEqual([]);
    expect(duplicates(ds.parties.flatMap((p) => p.speakers.map((s) => s.id)))).toEqual([]);
    expect(duplicates(ds.issues.map((i) => i.id))).toEqual([]);
    for (const issue of ds.issues) {
      expect(duplicates(issue.outcomes.map((o) => o.id)), issue.id).toEqual([]);
    }
    expect(duplicates(ds.statements.map((s) => s.id))).toEqual([]);
    expect(duplicates(ds.sources.map((s) => s.id))).toEqual([]);
    expect(duplicates(ds.sources.map((s) => s.url))).toEqual([]);
    expect(duplicates(ds.events.map((e) => e.id))).toEqual([]);
    expect(duplicates(ds.plans.map((p) => p.id))).toEqual([]);
    expect(duplicates((ds.tour ?? []).map((t) => t.id))).toEqual([]);
  });

  it('has enough material for the explorer', () => {
    expect(ds.issues.length).toBeGreaterThanOrEqual(8);
    expect(ds.statements.length).toBeGreaterThanOrEqual(70);
    expect(ds.events.length).toBeGreaterThanOrEqual(15);
    expect(ds.plans.length).toBeGreaterThanOrEqual(4);
    expect(ds.tour?.length ?? 0).toBeGreaterThanOrEqual(5);
    for (const party of ['russia', 'ukraine', 'usa', 'nato', 'eu']) {
      const covered = new Set(ds.statements.filter((s) => s.party === party).map((s) => s.issue));
      expect(covered.size, party).toBeGreaterThanOrEqual(5);
    }
  });

  it('resolves every reference in every statement', () => {
    const errors: string[] = [];
    for (const s of ds.statements) {
      const party = parties.get(s.party);
      if (!party) errors.push(`${s.id}: unknown party ${s.party}`);
      if (!s.speaker) errors.push(`${s.id}: no speaker`);
      const speaker = party?.speakers.find((sp) => sp.id === s.speaker);
      if (party && s.speaker && !speaker)
        errors.push(`${s.id}: speaker ${s.speaker} not in ${s.party}`);
      if (speaker?.from && startKey(s.date) < startKey(speaker.from))
        errors.push(`${s.id}: before ${speaker.id} took office`);
      if (speaker?.to && startKey(s.date) > endKey(speaker.to))
        errors.push(`${s.id}: after ${speaker.id} left office`);
      if (!issues.has(s.issue)) errors.push(`${s.id}: unknown issue ${s.issue}`);
      const outcomes = outcomesOf(s.issue);
      for (const o of [...s.accepts, ...(s.rejects ?? [])]) {
        if (!outcomes.has(o)) errors.push(`${s.id}: outcome ${o} not in ${s.issue}`);
      }
      if (s.prefers !== undefined && !s.accepts.includes(s.prefers))
        errors.push(`${s.id}: prefers ${s.prefers} not accepted`);
      const both = s.accepts.filter((o) => s.rejects?.includes(o));
      if (both.length) errors.push(`${s.id}: accepts and rejects ${both.join(',')}`);
      if (duplicates(s.accepts).length || duplicates(s.rejects ?? []).length)
        errors.push(`${s.id}: repeated outcome`);
      if (s.accepts.length === 0 && (s.rejects ?? []).length === 0)
        errors.push(`${s.id}: says nothing (no accepts, no rejects)`);
      if (s.sources.length === 0) errors.push(`${s.id}: no source`);
      for (const src of s.sources)
        if (!sources.has(src)) errors.push(`${s.id}: unknown source ${src}`);
    }
    expect(errors).toEqual([]);
  });

  it('gives every source an http(s) URL and an acyclic via chain', () => {
    const errors: string[] = [];
    for (const s of ds.sources) {
      let url: URL | undefined;
      try {
        url = new URL(s.url);
      } catch {
        errors.push(`${s.id}: unparsable url`);
      }
      if (url && url.protocol !== 'http:' && url.protocol !== 'https:')
        errors.push(`${s.id}: ${url.protocol}`);
      const seen = new Set<string>([s.id]);
      let via = s.via;
      while (via !== undefined) {
        if (seen.has(via)) {
          errors.push(`${s.id}: via cycle at ${via}`);
          break;
        }
        seen.add(via);
        const next = sources.get(via);
        if (!next) {
          errors.push(`${s.id}: via ${via} does not resolve`);
          break;
        }
        via = next.via;
      }
    }
    expect(errors).toEqual([]);
  });

  it('has every localized text in English and German', () => {
    const missing: string[] = [];
    const check = (where: string, text: Localized | undefined, optional = false): void => {
      if (text === undefined) {
        if (!optional) missing.push(`${where}: missing`);
        return;
      }
      for (const lang of LANGS) {
        if (!text[lang]?.trim()) missing.push(`${where}.${lang}`);
      }
    };
    check('title', ds.title);
    check('description', ds.description);
    for (const p of ds.parties) {
      check(`party ${p.id}.name`, p.name);
      for (const sp of p.speakers) check(`speaker ${sp.id}.role`, sp.role);
    }
    for (const i of ds.issues) {
      check(`issue ${i.id}.name`, i.name);
      check(`issue ${i.id}.question`, i.question);
      for (const o of i.outcomes) {
        check(`outcome ${i.id}/${o.id}.label`, o.label);
        check(`outcome ${i.id}/${o.id}.description`, o.description, true);
      }
    }
    for (const s of ds.statements) check(`statement ${s.id}.summary`, s.summary);
    for (const e of ds.events) {
      check(`event ${e.id}.title`, e.title);
      check(`event ${e.id}.summary`, e.summary, true);
    }
    for (const p of ds.plans) {
      check(`plan ${p.id}.title`, p.title);
      check(`plan ${p.id}.summary`, p.summary);
      for (const t of p.terms) check(`plan ${p.id}/${t.issue}.note`, t.note, true);
    }
    for (const t of ds.tour ?? []) {
      check(`tour ${t.id}.title`, t.title);
      check(`tour ${t.id}.body`, t.body);
      check(`tour ${t.id}.question`, t.question, true);
    }
    for (const c of ds.changelog ?? []) check(`changelog ${c.version}`, c.changes);
    expect(missing).toEqual([]);
  });

  it('keeps outcome labels short enough for the matrix', () => {
    const long: string[] = [];
    for (const i of ds.issues)
      for (const o of i.outcomes)
        for (const lang of LANGS)
          if ((o.label[lang] ?? '').length > 30) long.push(`${i.id}/${o.id}.${lang}`);
    expect(long).toEqual([]);
  });

  it('translates every quote', () => {
    const errors: string[] = [];
    for (const s of ds.statements) {
      if (!s.quote) continue;
      if (!s.quote.translations?.de?.trim()) errors.push(`${s.id}: no German translation`);
      if (s.quote.lang !== 'en' && !s.quote.translations?.en?.trim())
        errors.push(`${s.id}: ${s.quote.lang} quote without English translation`);
    }
    expect(errors).toEqual([]);
  });

  it('dates nothing after asOf, and asOf is the latest statement', () => {
    const late: string[] = [];
    const notAfter = (where: string, d: string | undefined): void => {
      if (d !== undefined && startKey(d) > ds.asOf) late.push(`${where}: ${d}`);
    };
    for (const s of ds.statements) notAfter(`statement ${s.id}`, s.date);
    for (const e of ds.events) {
      notAfter(`event ${e.id}`, e.date);
      notAfter(`event ${e.id} end`, e.endDate);
      if (e.endDate && startKey(e.endDate) < startKey(e.date))
        late.push(`event ${e.id}: ends before it starts`);
    }
    for (const p of ds.plans) notAfter(`plan ${p.id}`, p.date);
    for (const s of ds.sources) notAfter(`source ${s.id}`, s.published);
    for (const t of ds.tour ?? []) notAfter(`tour ${t.id}`, t.state.at);
    expect(late).toEqual([]);
    const latest = ds.statements
      .map((s) => s.date)
      .sort()
      .at(-1);
    expect(latest).toBe(ds.asOf);
  });

  it('maps every plan term to a real outcome and resolves events', () => {
    const errors: string[] = [];
    for (const p of ds.plans) {
      if (!parties.has(p.proposer)) errors.push(`plan ${p.id}: unknown proposer ${p.proposer}`);
      if (p.terms.length === 0) errors.push(`plan ${p.id}: no terms`);
      if (p.sources.length === 0) errors.push(`plan ${p.id}: no sources`);
      for (const src of p.sources)
        if (!sources.has(src)) errors.push(`plan ${p.id}: unknown source ${src}`);
      for (const t of p.terms) {
        if (!issues.has(t.issue)) errors.push(`plan ${p.id}: unknown issue ${t.issue}`);
        if (t.outcomes.length === 0) errors.push(`plan ${p.id}/${t.issue}: no outcome`);
        const outcomes = outcomesOf(t.issue);
        for (const o of t.outcomes)
          if (!outcomes.has(o)) errors.push(`plan ${p.id}/${t.issue}: outcome ${o}`);
      }
      if (duplicates(p.terms.map((t) => t.issue)).length) errors.push(`plan ${p.id}: issue twice`);
    }
    for (const e of ds.events) {
      for (const party of e.parties ?? [])
        if (!parties.has(party)) errors.push(`event ${e.id}: party ${party}`);
      if (!e.sources?.length) errors.push(`event ${e.id}: no sources`);
      for (const src of e.sources ?? [])
        if (!sources.has(src)) errors.push(`event ${e.id}: source ${src}`);
    }
    expect(errors).toEqual([]);
  });

  it('points every tour step at real parties, issues and plans', () => {
    const errors: string[] = [];
    const planIds = new Set(ds.plans.map((p) => p.id));
    for (const t of ds.tour ?? []) {
      const st = t.state;
      for (const p of st.parties ?? []) if (!parties.has(p)) errors.push(`${t.id}: party ${p}`);
      for (const i of st.issues ?? []) if (!issues.has(i)) errors.push(`${t.id}: issue ${i}`);
      if (st.plan !== undefined && !planIds.has(st.plan)) errors.push(`${t.id}: plan ${st.plan}`);
      if (st.focus !== undefined) {
        const [party, issue, ...rest] = st.focus.split(':');
        if (rest.length || !party || !issue || !parties.has(party) || !issues.has(issue))
          errors.push(`${t.id}: focus ${st.focus}`);
      }
      if (st.mode !== undefined && st.mode !== 'positions' && st.mode !== 'overlap')
        errors.push(`${t.id}: mode ${String(st.mode)}`);
    }
    expect(errors).toEqual([]);
  });
});
