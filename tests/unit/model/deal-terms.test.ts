import type { DealTerm } from '../../../src/model/deal';
import { setTerm, termChoices } from '../../../src/model/deal-terms';
import { ISSUES } from '../../fixtures/model-fixture';

const SANCTIONS = ISSUES[2]!; // keep · ease · lift
const term = (issue: string, ...outcomes: string[]): DealTerm => ({ issue, outcomes });
const brief = (choices: ReturnType<typeof termChoices>) =>
  choices.map((c) => `${c.kind}:${c.outcomes.join('.')}`);

describe('termChoices', () => {
  it('offers each outcome alone without a plan or a several-outcome term', () => {
    expect(brief(termChoices(SANCTIONS, undefined, undefined))).toEqual([
      'single:keep',
      'single:ease',
      'single:lift',
    ]);
    expect(
      brief(termChoices(SANCTIONS, term('sanctions', 'ease'), term('sanctions', 'lift'))),
    ).toHaveLength(3);
  });

  it('adds the plan’s several-outcome term, in the issue’s outcome order', () => {
    const plan = term('sanctions', 'lift', 'ease');
    expect(brief(termChoices(SANCTIONS, plan, plan)).slice(3)).toEqual(['plan:ease.lift']);
  });

  it('adds a several-outcome term from the link that is not the plan’s', () => {
    const plan = term('sanctions', 'lift', 'ease');
    expect(brief(termChoices(SANCTIONS, plan, term('sanctions', 'keep', 'lift'))).slice(3)).toEqual(
      ['plan:ease.lift', 'any:keep.lift'],
    );
    expect(brief(termChoices(SANCTIONS, undefined, term('sanctions', 'keep', 'ease')))).toContain(
      'any:keep.ease',
    );
  });

  it('ignores terms on other issues and outcomes the issue does not know', () => {
    expect(brief(termChoices(SANCTIONS, term('nato', 'a', 'b'), undefined))).toHaveLength(3);
    expect(
      brief(termChoices(SANCTIONS, term('sanctions', 'keep', 'mars'), undefined)),
    ).toHaveLength(3);
  });
});

describe('setTerm', () => {
  const terms = [term('nato', 'guarantees'), term('sanctions', 'ease')];

  it('replaces a term in place', () => {
    expect(setTerm(terms, 'nato', ['excluded'])).toEqual([
      term('nato', 'excluded'),
      term('sanctions', 'ease'),
    ]);
  });

  it('appends a term for a new issue', () => {
    expect(setTerm(terms, 'territory', ['borders-1991'])).toEqual([
      ...terms,
      term('territory', 'borders-1991'),
    ]);
    expect(setTerm([], 'nato', ['guarantees', 'guarantees'])).toEqual([term('nato', 'guarantees')]);
  });

  it('removes the term for no outcomes, and leaves the list alone when there is none', () => {
    expect(setTerm(terms, 'nato', [])).toEqual([term('sanctions', 'ease')]);
    expect(setTerm(terms, 'territory', [])).toBe(terms);
    expect(terms).toHaveLength(2);
  });
});
