import { buildIndex } from '../../../src/model/dataset-index';
import { evaluateDeal, verdictOn } from '../../../src/model/deal';
import type { DealEvaluation, DealTerm } from '../../../src/model/deal';
import { positionOf } from '../../../src/model/position';
import { FIXTURE, PLAN, day, stmt } from '../../fixtures/model-fixture';

const index = buildIndex(FIXTURE);
const at = day('2025-03-01');
const PARTIES = ['ua', 'ru', 'us', 'eu', 'hu'];

/** party → verdict (and statement id) per term, for compact expectations. */
const table = (e: DealEvaluation): Record<string, string[]> =>
  Object.fromEntries(
    e.parties.map((p) => [
      p.party,
      p.verdicts.map((v) => (v.statement ? `${v.verdict} ${v.statement.id}` : v.verdict)),
    ]),
  );

describe('evaluateDeal', () => {
  it('gives every party a verdict on every term of a plan, with the statement behind it', () => {
    expect(table(evaluateDeal(index, PLAN, PARTIES, at))).toEqual({
      ua: ['not-accepted ua-nato-dec-b', 'accepts ua-territory-2024', 'silent'],
      ru: ['not-accepted ru-nato-2021', 'rejects ru-territory-2024', 'accepts ru-sanctions-mar16'],
      us: ['accepts us-nato-2024', 'silent', 'accepts us-sanctions-2025'],
      // A withdrawn position and red lines elsewhere are silent, but keep their statement.
      eu: ['not-accepted eu-nato-2023', 'silent eu-territory-4', 'not-accepted eu-sanctions-2022'],
      hu: ['silent', 'silent', 'silent hu-sanctions-2023'],
    });
  });

  it('evaluates a plan exactly as its list of terms', () => {
    const fromPlan = evaluateDeal(index, PLAN, PARTIES, at);
    expect(fromPlan.terms).toBe(PLAN.terms);
    expect(evaluateDeal(index, PLAN.terms, PARTIES, at)).toEqual(fromPlan);
  });

  it('summarises each party', () => {
    const summaries = evaluateDeal(index, PLAN, PARTIES, at).parties.map((p) => p.summary);
    expect(summaries[1]).toEqual({
      accepts: 1,
      rejects: 1,
      notAccepted: 1,
      silent: 0,
      couldSign: false,
    });
    expect(summaries[2]).toEqual({
      accepts: 2,
      rejects: 0,
      notAccepted: 0,
      silent: 1,
      couldSign: false,
    });
  });

  it('says a party could sign only when it accepts every term', () => {
    const terms: DealTerm[] = [
      { issue: 'nato', outcomes: ['long-term', 'guarantees'] },
      { issue: 'sanctions', outcomes: ['ease'] },
    ];
    const e = evaluateDeal(index, terms, ['us', 'eu'], at);
    expect(e.parties.map((p) => p.summary.couldSign)).toEqual([true, false]);
    expect(e.parties[1]!.summary).toMatchObject({ accepts: 1, notAccepted: 1 });
  });

  it('follows the date and the reliability filter', () => {
    const terms: DealTerm[] = [{ issue: 'sanctions', outcomes: ['keep'] }];
    expect(table(evaluateDeal(index, terms, ['us'], at))).toEqual({
      us: ['not-accepted us-sanctions-2025'],
    });
    expect(table(evaluateDeal(index, terms, ['us'], at, 'official'))).toEqual({
      us: ['accepts us-sanctions-2022'],
    });
    expect(table(evaluateDeal(index, terms, ['us'], day('2022-01-01')))).toEqual({
      us: ['silent'],
    });
  });

  it('handles empty selections', () => {
    expect(evaluateDeal(index, [], PARTIES, at).parties.map((p) => p.summary)).toEqual(
      PARTIES.map(() => ({ accepts: 0, rejects: 0, notAccepted: 0, silent: 0, couldSign: false })),
    );
    expect(evaluateDeal(index, PLAN, [], at)).toEqual({ terms: PLAN.terms, parties: [] });
  });
});

describe('verdictOn', () => {
  const redLines = positionOf(
    stmt('r', 'eu', 'sanctions', '2024-01-01', ['keep'], { rejects: ['lift', 'ease'] }),
  );
  const onlyRedLines = positionOf(
    stmt('o', 'hu', 'sanctions', '2024-01-01', [], { rejects: ['keep'] }),
  );
  const term = (...outcomes: string[]): DealTerm => ({ issue: 'sanctions', outcomes });

  it.each([
    ['accepts one of several outcomes', redLines, term('lift', 'keep'), 'accepts'],
    ['every outcome is a red line', redLines, term('lift', 'ease'), 'rejects'],
    ['a red line, though accepting others', redLines, term('lift'), 'rejects'],
    ['only red lines, all crossed', onlyRedLines, term('keep'), 'rejects'],
    ['only red lines, one outcome not addressed', onlyRedLines, term('keep', 'ease'), 'silent'],
    [
      'accepts others, no red line crossed',
      positionOf(stmt('a', 'us', 'sanctions', '2024-01-01', ['keep'])),
      term('ease'),
      'not-accepted',
    ],
    ['an empty term is no red line', onlyRedLines, term(), 'silent'],
    ['an empty term is not accepted', redLines, term(), 'not-accepted'],
    ['no position', { kind: 'unknown' } as const, term('keep'), 'silent'],
  ])('%s', (_, position, t, expected) => {
    expect(verdictOn(t, position)).toBe(expected);
  });
});
