import { buildIndex } from '../../../src/model/dataset-index';
import { evaluateDeal } from '../../../src/model/deal';
import type { DealTerm } from '../../../src/model/deal';
import { dealSummary } from '../../../src/model/deal-summary';
import { FIXTURE, PLAN, day } from '../../fixtures/model-fixture';

const index = buildIndex(FIXTURE);
const at = day('2025-03-01');
const PARTIES = ['ua', 'ru', 'us', 'eu', 'hu'];
const [NATO, TERRITORY, SANCTIONS] = PLAN.terms as [DealTerm, DealTerm, DealTerm];
const summaryOf = (terms: readonly DealTerm[], parties: readonly string[], date = at) =>
  dealSummary(evaluateDeal(index, terms, parties, date));

describe('dealSummary', () => {
  it('names what each party would have to move on, by kind of verdict', () => {
    // ua: not-accepted, accepts, silent · ru: not-accepted, rejects, accepts ·
    // us: accepts, silent, accepts · eu: not-accepted, silent, not-accepted · hu: all silent.
    const s = summaryOf(PLAN.terms, PARTIES);
    expect(s.signers).toEqual([]);
    expect(s.holdouts).toEqual([
      { party: 'ua', redLines: [], wantsOther: [NATO], silent: [SANCTIONS] },
      { party: 'ru', redLines: [TERRITORY], wantsOther: [NATO], silent: [] },
      { party: 'us', redLines: [], wantsOther: [], silent: [TERRITORY] },
      { party: 'eu', redLines: [], wantsOther: [NATO, SANCTIONS], silent: [TERRITORY] },
      { party: 'hu', redLines: [], wantsOther: [], silent: [NATO, TERRITORY, SANCTIONS] },
    ]);
  });

  it('lists who stands where on each term, and which terms are blocked by a red line', () => {
    const s = summaryOf(PLAN.terms, PARTIES);
    expect(s.terms.map((t) => [t.accepting, t.blockers, t.wantsOther, t.silent])).toEqual([
      [['us'], [], ['ua', 'ru', 'eu'], ['hu']],
      [['ua'], ['ru'], [], ['us', 'eu', 'hu']],
      [['ru', 'us'], [], ['eu'], ['ua', 'hu']],
    ]);
    expect(s.blocked.map((t) => t.term)).toEqual([TERRITORY]);
    expect(s).toMatchObject({ termCount: 3, partyCount: 5 });
  });

  it('counts a party that accepts every term as a signer, and leaves it out of the holdouts', () => {
    const terms: DealTerm[] = [{ issue: 'sanctions', outcomes: ['ease'] }];
    const s = summaryOf(terms, PARTIES);
    expect(s.signers).toEqual(['ru', 'us']);
    expect(s.holdouts.map((h) => h.party)).toEqual(['ua', 'eu', 'hu']);
    expect(s.blocked).toEqual([]);
  });

  it('has no signers and no holdouts without terms', () => {
    expect(summaryOf([], PARTIES)).toEqual({
      termCount: 0,
      partyCount: 5,
      signers: [],
      holdouts: [],
      terms: [],
      blocked: [],
    });
  });

  it('has empty lists without parties, but still one stand per term', () => {
    const s = summaryOf(PLAN.terms, []);
    expect(s.signers).toEqual([]);
    expect(s.holdouts).toEqual([]);
    expect(s.blocked).toEqual([]);
    expect(s.terms.map((t) => t.silent)).toEqual([[], [], []]);
  });

  it('makes everyone a holdout on every term when all are silent (before any statement)', () => {
    const s = summaryOf(PLAN.terms, PARTIES, day('2020-01-01'));
    expect(s.signers).toEqual([]);
    expect(s.holdouts.map((h) => h.silent.length)).toEqual([3, 3, 3, 3, 3]);
    expect(s.terms.map((t) => t.silent)).toEqual([PARTIES, PARTIES, PARTIES]);
  });

  it('treats unknown parties and issues as silent, never as a red line', () => {
    const terms: DealTerm[] = [{ issue: 'no-such-issue', outcomes: ['x'] }, SANCTIONS];
    const s = summaryOf(terms, ['us', 'atlantis']);
    expect(s.signers).toEqual([]);
    expect(s.holdouts).toEqual([
      { party: 'us', redLines: [], wantsOther: [], silent: [terms[0]] },
      { party: 'atlantis', redLines: [], wantsOther: [], silent: terms },
    ]);
    expect(s.blocked).toEqual([]);
  });

  it('counts a red-lines-only party that is crossed as a blocker', () => {
    // Hungary only rejects keeping sanctions.
    const s = summaryOf([{ issue: 'sanctions', outcomes: ['keep'] }], ['hu', 'us']);
    expect(s.blocked[0]?.blockers).toEqual(['hu']);
    expect(s.holdouts[0]).toMatchObject({ party: 'hu', redLines: [{ issue: 'sanctions' }] });
  });
});
