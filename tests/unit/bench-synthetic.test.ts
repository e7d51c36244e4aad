import { datasetSchema, ID_PATTERN, type DatasetInput } from '../../src/data/schema';
import {
  generateDataset,
  mulberry32,
  SYNTHETIC_FIRST_DAY,
  SYNTHETIC_LAST_DAY,
} from '../../bench/synthetic';
import { validateDataset } from '../../src/data/validate';

const MONTH = /^\d{4}-\d{2}$/;
const startDay = (d: string) => (MONTH.test(d) ? `${d}-01` : d);
const inRange = (d: string) =>
  startDay(d) >= SYNTHETIC_FIRST_DAY && startDay(d) <= SYNTHETIC_LAST_DAY;

/**
 * Every cross-reference rule the schema alone does not check. Returns a list of problems
 * (empty = fine) so a failure says exactly what is wrong.
 */
function crossReferenceProblems(ds: DatasetInput): string[] {
  const problems: string[] = [];
  const fail = (msg: string) => {
    if (problems.length < 50) problems.push(msg);
  };
  const unique = (what: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (!ID_PATTERN.test(id)) fail(`${what} id not lowercase a-z0-9-: ${id}`);
      if (seen.has(id)) fail(`duplicate ${what} id ${id}`);
      seen.add(id);
    }
  };
  const bilingual = (what: string, text: Record<string, string> | undefined) => {
    if (!text || !text.en || !text.de) fail(`${what}: missing en or de text`);
  };

  unique(
    'party',
    ds.parties.map((p) => p.id),
  );
  unique(
    'issue',
    ds.issues.map((i) => i.id),
  );
  unique(
    'statement',
    ds.statements.map((s) => s.id),
  );
  unique(
    'source',
    ds.sources.map((s) => s.id),
  );
  unique(
    'event',
    (ds.events ?? []).map((e) => e.id),
  );
  unique(
    'plan',
    (ds.plans ?? []).map((p) => p.id),
  );

  const parties = new Map(ds.parties.map((p) => [p.id, p]));
  const issues = new Map(ds.issues.map((i) => [i.id, i]));
  const sourceIndex = new Map(ds.sources.map((s, k) => [s.id, k]));

  for (const p of ds.parties) {
    bilingual(`party ${p.id} name`, p.name);
    unique(
      `speaker of ${p.id}`,
      (p.speakers ?? []).map((s) => s.id),
    );
    for (const sp of p.speakers ?? []) {
      bilingual(`speaker ${sp.id} role`, sp.role);
      if (sp.from && !inRange(sp.from)) fail(`speaker ${sp.id} from out of range`);
      if (sp.to && !inRange(sp.to)) fail(`speaker ${sp.id} to out of range`);
    }
  }
  for (const i of ds.issues) {
    bilingual(`issue ${i.id} name`, i.name);
    bilingual(`issue ${i.id} question`, i.question);
    unique(
      `outcome of ${i.id}`,
      i.outcomes.map((o) => o.id),
    );
    if (i.outcomes.length < 3 || i.outcomes.length > 6) {
      fail(`issue ${i.id} has ${i.outcomes.length} outcomes`);
    }
    for (const o of i.outcomes) bilingual(`outcome ${o.id} label`, o.label);
  }

  for (const s of ds.statements) {
    if (!inRange(s.date)) fail(`statement ${s.id} date ${s.date} out of range`);
    const party = parties.get(s.party);
    if (!party) fail(`statement ${s.id}: unknown party ${s.party}`);
    if (s.speaker !== undefined) {
      const sp = party?.speakers?.find((x) => x.id === s.speaker);
      if (!sp) fail(`statement ${s.id}: speaker ${s.speaker} is not of party ${s.party}`);
      else {
        const day = startDay(s.date);
        if ((sp.from && day < sp.from) || (sp.to && day > sp.to)) {
          fail(`statement ${s.id}: speaker ${sp.id} not in office on ${s.date}`);
        }
      }
    }
    const issue = issues.get(s.issue);
    if (!issue) {
      fail(`statement ${s.id}: unknown issue ${s.issue}`);
      continue;
    }
    const outcomes = new Set(issue.outcomes.map((o) => o.id));
    if (s.accepts.length === 0) fail(`statement ${s.id}: accepts nothing`);
    for (const a of s.accepts)
      if (!outcomes.has(a)) fail(`statement ${s.id}: accepts ${a} not of ${s.issue}`);
    if (new Set(s.accepts).size !== s.accepts.length) fail(`statement ${s.id}: duplicate accepts`);
    if (s.prefers !== undefined && !s.accepts.includes(s.prefers)) {
      fail(`statement ${s.id}: prefers ${s.prefers} not in accepts`);
    }
    for (const r of s.rejects ?? []) {
      if (!outcomes.has(r)) fail(`statement ${s.id}: rejects ${r} not of ${s.issue}`);
      if (s.accepts.includes(r)) fail(`statement ${s.id}: ${r} both accepted and rejected`);
    }
    if (s.sources.length === 0) fail(`statement ${s.id}: no source`);
    for (const src of s.sources)
      if (!sourceIndex.has(src)) fail(`statement ${s.id}: unknown source ${src}`);
    bilingual(`statement ${s.id} summary`, s.summary);
    if (s.quote && (!s.quote.text || s.quote.lang.length < 2)) fail(`statement ${s.id}: bad quote`);
  }

  ds.sources.forEach((src, k) => {
    if (!/^https:\/\/[^\s/]+\/\S*$/.test(src.url))
      fail(`source ${src.id}: url not https: ${src.url}`);
    if (src.published && !inRange(src.published)) fail(`source ${src.id}: published out of range`);
    if (src.via !== undefined) {
      const v = sourceIndex.get(src.via);
      // "via" must point to an earlier source, which also rules out cycles.
      if (v === undefined) fail(`source ${src.id}: unknown via ${src.via}`);
      else if (v >= k) fail(`source ${src.id}: via ${src.via} is not earlier`);
    }
  });

  for (const e of ds.events ?? []) {
    if (!inRange(e.date)) fail(`event ${e.id} date out of range`);
    if (e.endDate && (startDay(e.endDate) < startDay(e.date) || !inRange(e.endDate))) {
      fail(`event ${e.id} bad endDate`);
    }
    bilingual(`event ${e.id} title`, e.title);
    for (const p of e.parties ?? []) if (!parties.has(p)) fail(`event ${e.id}: unknown party ${p}`);
    for (const s of e.sources ?? [])
      if (!sourceIndex.has(s)) fail(`event ${e.id}: unknown source ${s}`);
  }
  for (const pl of ds.plans ?? []) {
    if (!inRange(pl.date)) fail(`plan ${pl.id} date out of range`);
    if (!parties.has(pl.proposer)) fail(`plan ${pl.id}: unknown proposer ${pl.proposer}`);
    bilingual(`plan ${pl.id} title`, pl.title);
    bilingual(`plan ${pl.id} summary`, pl.summary);
    for (const t of pl.terms) {
      const issue = issues.get(t.issue);
      if (!issue) fail(`plan ${pl.id}: unknown issue ${t.issue}`);
      for (const o of t.outcomes) {
        if (!issue?.outcomes.some((x) => x.id === o))
          fail(`plan ${pl.id}: outcome ${o} not of ${t.issue}`);
      }
    }
    for (const s of pl.sources) if (!sourceIndex.has(s)) fail(`plan ${pl.id}: unknown source ${s}`);
  }
  for (const step of ds.tour ?? []) {
    for (const p of step.state.parties ?? [])
      if (!parties.has(p)) fail(`tour ${step.id}: unknown party ${p}`);
    for (const i of step.state.issues ?? [])
      if (!issues.has(i)) fail(`tour ${step.id}: unknown issue ${i}`);
    if (step.state.plan && !(ds.plans ?? []).some((p) => p.id === step.state.plan)) {
      fail(`tour ${step.id}: unknown plan`);
    }
  }
  return problems;
}

describe('mulberry32', () => {
  it('is deterministic and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let k = 0; k < 1000; k++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('generateDataset', () => {
  const small = { parties: 8, issues: 6, statements: 1500 };

  it('is deterministic for a seed and differs between seeds', () => {
    const a = JSON.stringify(generateDataset({ ...small, seed: 7 }));
    const b = JSON.stringify(generateDataset({ ...small, seed: 7 }));
    const c = JSON.stringify(generateDataset({ ...small, seed: 8 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('does not use Math.random', () => {
    const spy = vi.spyOn(Math, 'random');
    generateDataset(small);
    expect(spy).not.toHaveBeenCalled();
  });

  it.each([
    { parties: 1, issues: 1, statements: 0 },
    { parties: 1, issues: 1, statements: 5 },
    { parties: 3, issues: 40, statements: 200 },
    { parties: 8, issues: 6, statements: 1500, seed: 3 },
  ])('produces the requested counts and a valid dataset for %o', (opts) => {
    const ds = generateDataset(opts);
    expect(ds.parties).toHaveLength(opts.parties);
    expect(ds.issues).toHaveLength(opts.issues);
    expect(ds.statements).toHaveLength(opts.statements);
    const parsed = datasetSchema.safeParse(ds);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
    expect(crossReferenceProblems(ds)).toEqual([]);
    const app = validateDataset(ds);
    expect(app.ok ? [] : app.errors.slice(0, 5)).toEqual([]);
    // Plain JSON: survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(ds))).toEqual(ds);
  });

  describe('at the benchmark size (60 parties, 30 issues, 50 000 statements)', () => {
    let ds: DatasetInput;
    beforeAll(() => {
      ds = generateDataset();
    }, 60_000);

    it('has the default counts', () => {
      expect(ds.parties).toHaveLength(60);
      expect(ds.issues).toHaveLength(30);
      expect(ds.statements).toHaveLength(50_000);
      expect(ds.events!.length).toBeGreaterThan(0);
      expect(ds.plans!.length).toBeGreaterThan(0);
    });

    it('parses with datasetSchema', () => {
      const parsed = datasetSchema.safeParse(ds);
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
    }, 60_000);

    it("passes the app's own validation (schema + cross-check)", () => {
      const result = validateDataset(ds);
      expect(result.ok ? [] : result.errors.slice(0, 5)).toEqual([]);
    }, 60_000);

    it('passes the cross-reference rules', () => {
      expect(crossReferenceProblems(ds)).toEqual([]);
    }, 60_000);

    it('has a realistic mix: month precision, reliability, ordered/unordered issues, quotes', () => {
      const month = ds.statements.filter((s) => MONTH.test(s.date)).length / ds.statements.length;
      expect(month).toBeGreaterThan(0.03);
      expect(month).toBeLessThan(0.07);
      const rel = new Map<string, number>();
      for (const s of ds.statements) rel.set(s.reliability, (rel.get(s.reliability) ?? 0) + 1);
      for (const r of ['official', 'on-record', 'reported']) {
        expect(rel.get(r) ?? 0).toBeGreaterThan(ds.statements.length * 0.15);
      }
      expect(ds.issues.some((i) => i.ordered)).toBe(true);
      expect(ds.issues.some((i) => !i.ordered)).toBe(true);
      expect(new Set(ds.issues.map((i) => i.outcomes.length))).toEqual(new Set([3, 4, 5, 6]));
      expect(ds.statements.some((s) => s.quote)).toBe(true);
      expect(ds.statements.some((s) => s.rejects && s.rejects.length > 0)).toBe(true);
      expect(ds.statements.some((s) => s.speaker === undefined)).toBe(true);
      expect(ds.sources.some((s) => s.via !== undefined)).toBe(true);
      const first = ds.statements[0]!.date;
      const last = ds.statements[ds.statements.length - 1]!.date;
      expect(startDay(first) < '2022-01-01').toBe(true);
      expect(startDay(last) > '2026-03-01').toBe(true);
    });

    it('lets positions drift over time and leaves some cells unknown', () => {
      const history = new Map<string, string[]>();
      for (const s of ds.statements) {
        const key = `${s.party}|${s.issue}`;
        const list = history.get(key) ?? [];
        list.push([...s.accepts].sort().join(','));
        history.set(key, list);
      }
      const pairs = [...history.values()];
      const drifting = pairs.filter((h) => new Set(h).size > 1).length;
      expect(drifting / pairs.length).toBeGreaterThan(0.5);
      // Some (party, issue) pairs are never addressed: those cells must stay "unknown".
      expect(history.size).toBeLessThan(60 * 30);
      expect(history.size).toBeGreaterThan(60 * 30 * 0.7);
    });

    it('changes many cells between two nearby dates ("as of" moves matter)', () => {
      const positionAt = (at: string) => {
        const pos = new Map<string, string>();
        for (const s of ds.statements) {
          if (startDay(s.date) > at) break; // statements are in date order
          pos.set(`${s.party}|${s.issue}`, s.accepts.join(','));
        }
        return pos;
      };
      const a = positionAt('2024-03-01');
      const b = positionAt('2024-03-31');
      let changed = 0;
      for (const [k, v] of b) if (a.get(k) !== v) changed++;
      expect(changed).toBeGreaterThan(50);
    });
  });
});
