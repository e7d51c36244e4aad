import fc from 'fast-check';
import { parseQuery, serializeQuery } from '../../../src/state/url-codec';
import type { ViewState } from '../../../src/state/view-state';
import type { IsoDate } from '../../../src/model/types';

describe('parseQuery', () => {
  it('reads every contract parameter', () => {
    const { state, problems } = parseQuery(
      '?at=2024-12-04&parties=ukraine,russia&issues=nato&focus=ukraine:nato&mode=overlap&rel=on-record&lang=de&dataset=russia-ukraine&data=https://example.org/d.json',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      at: '2024-12-04',
      parties: ['ukraine', 'russia'],
      issues: ['nato'],
      focus: { party: 'ukraine', issue: 'nato' },
      mode: 'overlap',
      rel: 'on-record',
      lang: 'de',
      dataset: 'russia-ukraine',
      data: 'https://example.org/d.json',
    });
  });

  it('drops bad values one by one and reports each', () => {
    const { state, problems } = parseQuery(
      '?at=2024-13-01&parties=ukraine,Bad!,russia&mode=pie&rel=gossip&lang=fr&focus=nato&data=javascript:alert(1)',
    );
    expect(state).toEqual({ parties: ['ukraine', 'russia'] });
    expect(problems.map((p) => p.param).sort()).toEqual([
      'at',
      'data',
      'focus',
      'lang',
      'mode',
      'parties',
      'rel',
    ]);
  });

  it('reads the comparison date, the overlap scope and the party order', () => {
    expect(parseQuery('?compare=2022-03-29&overlap=all&order=similarity').state).toEqual({
      compare: '2022-03-29',
      overlap: 'all',
      order: 'similarity',
    });
    expect(parseQuery('?overlap=nato&order=party:russia').state).toEqual({
      overlap: { issue: 'nato' },
      order: { party: 'russia' },
    });
    const { state, problems } = parseQuery('?compare=2022-02-30&overlap=NATO!&order=party:&x=1');
    expect(state).toEqual({});
    expect(problems.map((p) => p.param).sort()).toEqual(['compare', 'order', 'overlap']);
  });

  it('reads the timeline range, lanes and pair, and rejects a pair of one party', () => {
    expect(parseQuery('?from=2022-01-01&to=2022-12-31&lanes=issue&pair=ukraine,usa').state).toEqual(
      {
        from: '2022-01-01',
        to: '2022-12-31',
        lanes: 'issue',
        pair: ['ukraine', 'usa'],
      },
    );
    const { state, problems } = parseQuery('?pair=ukraine,ukraine&lanes=time&from=2022');
    expect(state).toEqual({});
    expect(problems.map((p) => p.param).sort()).toEqual(['from', 'lanes', 'pair']);
  });

  it('treats a list with no valid id as not given, not as an empty selection', () => {
    const { state, problems } = parseQuery('parties=Bad!,Worse');
    expect(state.parties).toBeUndefined();
    expect(problems).toHaveLength(2);
  });

  it('treats an empty list as an explicit empty selection', () => {
    expect(parseQuery('parties=').state.parties).toEqual([]);
  });

  it('ignores unknown parameters and keeps the first of repeated ones', () => {
    expect(parseQuery('utm_source=x&lang=de&lang=en').state).toEqual({ lang: 'de' });
  });

  it('maps renamed parameters to today’s names', () => {
    expect(parseQuery('date=2024-01-02').state).toEqual({ at: '2024-01-02' });
  });

  it('reads the colour theme and a pinned dataset version', () => {
    expect(parseQuery('?theme=dark&version=2026-11-24.3').state).toEqual({
      theme: 'dark',
      version: '2026-11-24.3',
    });
    expect(parseQuery('?theme=auto').state).toEqual({ theme: 'auto' });
  });

  it('reads a dataset stored in this browser as my:<key>, bundled ids as they are', () => {
    expect(parseQuery('dataset=my:coral-strait-x1y2z3').state).toEqual({
      dataset: 'my:coral-strait-x1y2z3',
    });
    expect(parseQuery('dataset=my%3Acoral').state).toEqual({ dataset: 'my:coral' });
    expect(parseQuery('dataset=russia-ukraine').state).toEqual({ dataset: 'russia-ukraine' });
    expect(serializeQuery({ dataset: 'my:coral', lang: 'de' })).toBe('dataset=my:coral&lang=de');
  });

  it('drops a stored-dataset name that is not a key, and reports it', () => {
    for (const bad of [
      'my:',
      'my:Coral',
      'my:a:b',
      'your:coral',
      'my:../x',
      `my:${'a'.repeat(65)}`,
    ])
      expect(parseQuery(`dataset=${encodeURIComponent(bad)}`), bad).toEqual({
        state: {},
        problems: [{ param: 'dataset', value: bad, kind: 'bad' }],
      });
  });

  it('drops a theme or version it does not understand, and reports each', () => {
    // A version becomes part of a file path: nothing but YYYY-MM-DD.N gets through.
    const { state, problems } = parseQuery('?theme=sepia&version=../../secret');
    expect(state).toEqual({});
    expect(problems).toEqual([
      { param: 'theme', value: 'sepia', kind: 'bad' },
      { param: 'version', value: '../../secret', kind: 'bad' },
    ]);
    for (const bad of ['2026-11-24', '2026-11-24.', '2026-11-24.3.1', 'latest', '2026-11-24.3/x'])
      expect(parseQuery(`version=${encodeURIComponent(bad)}`).state.version, bad).toBeUndefined();
  });

  it('reads a deal: its plan, its terms and the plan it is compared with', () => {
    const { state, problems } = parseQuery(
      'plan=us-28&terms=nato:moratorium.long-term-path,dmz:no-zone&vs=e3',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      plan: 'us-28',
      vs: 'e3',
      terms: [
        { issue: 'nato', outcomes: ['moratorium', 'long-term-path'] },
        { issue: 'dmz', outcomes: ['no-zone'] },
      ],
    });
    expect(parseQuery('terms=').state.terms).toEqual([]);
  });

  it('drops a deal it cannot read whole: two terms on one issue, a term without outcome', () => {
    for (const bad of ['nato:a,nato:b', 'nato', 'nato:', 'nato:a:b', 'Nato:a', 'nato:a..b']) {
      const { state, problems } = parseQuery(`terms=${encodeURIComponent(bad)}`);
      expect(state.terms, bad).toBeUndefined();
      expect(problems, bad).toEqual([{ param: 'terms', value: bad, kind: 'bad' }]);
    }
  });

  it('reads a presentation step and which tour plays', () => {
    expect(parseQuery('step=3&tour=mine').state).toEqual({ step: 3, tour: 'mine' });
    expect(parseQuery('tour=eyJhIjoxfQ').state.tour).toBe('eyJhIjoxfQ');
    for (const bad of ['0', '-1', '1.5', 'two', '99999', '03'])
      expect(parseQuery(`step=${bad}`).state.step, bad).toBeUndefined();
    expect(parseQuery('tour=a%2Bb').state.tour).toBeUndefined();
    expect(parseQuery(`tour=${'a'.repeat(12001)}`).state.tour).toBeUndefined();
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        parseQuery(s);
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});

describe('serializeQuery', () => {
  it('writes a readable, canonical query', () => {
    expect(
      serializeQuery({
        lang: 'de',
        at: '2024-12-04' as IsoDate,
        parties: ['a', 'b'],
        focus: { party: 'a', issue: 'x' },
      }),
    ).toBe('at=2024-12-04&parties=a,b&focus=a:x&lang=de');
    expect(serializeQuery({ theme: 'dark', version: '2026-11-24.3', dataset: 'x' })).toBe(
      'dataset=x&version=2026-11-24.3&theme=dark',
    );
  });

  const id = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
  const day = fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10) as IsoDate);
  const state: fc.Arbitrary<ViewState> = fc.record(
    {
      at: day,
      parties: fc.uniqueArray(id, { maxLength: 5 }),
      issues: fc.uniqueArray(id, { maxLength: 5 }),
      focus: fc.record({ party: id, issue: id }),
      mode: fc.constantFrom('positions', 'overlap'),
      compare: day,
      lanes: fc.constantFrom('party' as const, 'issue' as const),
      pair: fc
        .tuple(id, id)
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => [a, b] as const),
      overlap: fc.oneof(fc.constant('all' as const), fc.record({ issue: id })),
      order: fc.oneof(
        fc.constantFrom('name' as const, 'similarity' as const),
        fc.record({ party: id }),
      ),
      rel: fc.constantFrom('reported', 'on-record', 'official'),
      lang: fc.constantFrom('en', 'de'),
      theme: fc.constantFrom('light', 'dark', 'auto'),
      version: fc.tuple(day, fc.integer({ min: 0, max: 999 })).map(([d, n]) => `${d}.${n}`),
      dataset: fc.oneof(
        id,
        fc.stringMatching(/^[a-z0-9-]{1,64}$/).map((key) => `my:${key}`),
      ),
      data: fc.webUrl({ withQueryParameters: true, withFragments: true }),
      plan: id,
      vs: id,
      terms: fc.uniqueArray(
        fc.record({ issue: id, outcomes: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }) }),
        { selector: (t) => t.issue, maxLength: 4 },
      ),
      step: fc.integer({ min: 1, max: 9999 }),
      tour: fc.oneof(fc.constant('mine'), fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/)),
    },
    { requiredKeys: [] },
  );

  it('round-trips every valid state', () => {
    fc.assert(
      fc.property(state, (s) => {
        const { state: back, problems } = parseQuery(serializeQuery(s));
        expect(problems).toEqual([]);
        expect(back).toEqual(s);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
