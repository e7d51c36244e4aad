import fc from 'fast-check';
import { parseDataset, validateDataset } from '../../../src/data/validate';
import { buildIndex } from '../../../src/model/dataset-index';
import { miniDataset } from '../../fixtures/mini-dataset';

type Json = Record<string, unknown>;
const mutate = (edit: (d: Json & ReturnType<typeof miniDataset>) => void) => {
  const d = structuredClone(miniDataset()) as Json & ReturnType<typeof miniDataset>;
  edit(d);
  return d;
};
const errorsOf = (input: unknown) => {
  const result = validateDataset(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};
const paths = (input: unknown) => errorsOf(input).map((e) => e.path);

describe('validateDataset', () => {
  it('accepts a valid dataset and fills optional lists', () => {
    const { events: _e, plans: _p, ...rest } = miniDataset();
    const result = validateDataset(rest);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.events).toEqual([]);
  });

  it('reports schema problems with JSON paths and messages in both languages', () => {
    const errors = errorsOf(
      mutate((d) => {
        d.statements[0]!.date = '2024-02-30';
        d.parties[0]!.id = 'North';
        d.sources[0]!.url = 'javascript:alert(1)';
        delete (d as Json).title;
      }),
    );
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        '$.statements[0].date',
        '$.parties[0].id',
        '$.sources[0].url',
        '$.title',
      ]),
    );
    const url = errors.find((e) => e.path === '$.sources[0].url');
    expect(url?.message.en).toMatch(/http/);
    expect(url?.message.de).toMatch(/http/);
    expect(errors.find((e) => e.path === '$.title')?.message.en).toBe('This field is required.');
  });

  it('cross-checks references, positions, dates and languages', () => {
    const found = paths(
      mutate((d) => {
        d.statements[0]!.party = 'west';
        d.statements[1]!.speaker = 's-lead';
        d.statements[2]!.prefers = 'new-line';
        d.statements[3]!.accepts = ['neutral', 'join'];
        d.statements[4]!.date = '2025-01-01';
        d.statements[4]!.sources = ['nope'];
        d.sources[1]!.via = 'src-b';
        d.issues[0]!.outcomes[1]!.id = 'old-line';
        d.parties[2]!.name = { en: 'League' };
        d.plans![0]!.terms[0]!.outcomes = ['join', 'maybe'];
      }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        '$.statements[0].party',
        '$.statements[1].speaker',
        '$.statements[2].prefers',
        '$.statements[3].accepts[1]',
        '$.statements[4].date',
        '$.statements[4].sources[0]',
        '$.sources[1].via',
        '$.issues[0].outcomes[1].id',
        '$.parties[2].name',
        '$.plans[0].terms[0].outcomes[1]',
      ]),
    );
  });

  it('requires a full day for asOf', () => {
    expect(paths(mutate((d) => (d.asOf = '2024-12')))).toEqual(['$.asOf']);
  });

  it('names a duplicate id and the kind it is duplicated in, in both languages', () => {
    const errors = errorsOf(mutate((d) => (d.statements[1]!.id = 's1')));
    expect(errors[0]).toMatchObject({
      path: '$.statements[1].id',
      params: { id: 's1', kind: 'statements' },
    });
    expect(errors[0]?.message.en).toContain('among the statements');
    expect(errors[0]?.message.de).toContain('unter den Aussagen');
  });

  it('wants one term per issue in a plan, each with at least one outcome', () => {
    const twice = mutate((d) => {
      d.plans![0]!.terms.push({ issue: 'alliance', outcomes: ['join'] });
    });
    expect(errorsOf(twice).map((e) => [e.path, e.key])).toEqual([
      ['$.plans[0].terms[1].issue', 'validation.duplicateTerm'],
    ]);
    const empty = mutate((d) => (d.plans![0]!.terms[0]!.outcomes = []));
    expect(paths(empty)).toEqual(['$.plans[0].terms[0].outcomes']);
  });

  it('keeps ids such as "constructor" as plain data', () => {
    const d = mutate((x) => {
      x.parties[2]!.id = 'constructor';
      x.statements[4]!.party = 'constructor';
      x.events![0]!.parties = ['north'];
    });
    const result = validateDataset(
      JSON.parse(JSON.stringify(d).replace('"league"', '"constructor"')),
    );
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(buildIndex(result.dataset).parties.get('constructor')?.kind).toBe('alliance');
    expect(({} as Json).kind).toBeUndefined();
  });

  it('rejects "__proto__" as an id and never pollutes prototypes', () => {
    const text = JSON.stringify(miniDataset()).replace('"id":"north"', '"id":"__proto__"');
    expect(parseDataset(text).ok).toBe(false);
    expect(({} as Json).name).toBeUndefined();
  });
});

describe('parseDataset', () => {
  it('reports invalid JSON at the root', () => {
    const result = parseDataset('{"schemaVersion": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('$');
  });
});

describe('validateDataset never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(validateDataset(value).ok).toBe(false);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('on mutated datasets, and locates every error', () => {
    const base = miniDataset() as unknown as Json;
    const leafPaths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node))
          walk(v, [...path, Array.isArray(node) ? Number(k) : k]);
      }
      leafPaths.push(path);
    };
    walk(base, []);
    fc.assert(
      fc.property(
        fc.constantFrom(...leafPaths),
        fc.jsonValue(),
        fc.boolean(),
        (path, value, remove) => {
          const d = structuredClone(base);
          let node: Json = d;
          for (const part of path.slice(0, -1)) node = node[part as string] as Json;
          const last = path[path.length - 1];
          if (last === undefined) return;
          if (remove) delete node[last as string];
          else node[last as string] = value;
          const result = validateDataset(d);
          if (!result.ok) for (const e of result.errors) expect(e.path.startsWith('$')).toBe(true);
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });
});
