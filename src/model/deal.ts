import type { DatasetIndex } from './dataset-index';
import { positionAt } from './position';
import type { Position } from './position';
import type { IsoDate, Plan, Reliability, Statement } from './types';

/** One term of a deal: on `issue`, any of `outcomes` (a plan term has the same shape). */
export interface DealTerm {
  readonly issue: string;
  readonly outcomes: readonly string[];
}

/**
 * A party's verdict on one term, from its position as of the date:
 * - `accepts`: it accepts at least one of the term's outcomes;
 * - `rejects`: every outcome of the (non-empty) term is among its red lines — a red line crossed;
 * - `not-accepted`: it accepts other outcomes only, without red-lining all of these;
 * - `silent`: no position, or one that neither accepts, red-lines all of, nor excludes the term
 *   (e.g. only red lines on other outcomes, or a withdrawn position).
 */
export type Verdict = 'accepts' | 'rejects' | 'not-accepted' | 'silent';

export interface TermVerdict {
  readonly term: DealTerm;
  readonly verdict: Verdict;
  /** The statement behind the verdict; `undefined` when the party has no position. */
  readonly statement: Statement | undefined;
}

export interface PartyDealSummary {
  readonly accepts: number;
  readonly rejects: number;
  readonly notAccepted: number;
  readonly silent: number;
  /** Accepts every term: no rejects, no not-accepted, no silent — and at least one term. */
  readonly couldSign: boolean;
}

export interface PartyDeal {
  readonly party: string;
  /** One verdict per term, in term order. */
  readonly verdicts: readonly TermVerdict[];
  readonly summary: PartyDealSummary;
}

export interface DealEvaluation {
  readonly terms: readonly DealTerm[];
  /** One entry per party, in the order given. */
  readonly parties: readonly PartyDeal[];
}

/** The verdict of `position` on `term` (see `Verdict`). */
export function verdictOn(term: DealTerm, position: Position): Verdict {
  if (position.kind === 'unknown') return 'silent';
  if (term.outcomes.some((o) => position.accepts.has(o))) return 'accepts';
  // An empty term is never "all red lines": vacuous truth would invent a crossed red line.
  if (term.outcomes.length > 0 && term.outcomes.every((o) => position.rejects.has(o))) {
    return 'rejects';
  }
  return position.accepts.size > 0 ? 'not-accepted' : 'silent';
}

function summarise(verdicts: readonly TermVerdict[]): PartyDealSummary {
  const n = (v: Verdict): number => verdicts.filter((t) => t.verdict === v).length;
  const accepts = n('accepts');
  return {
    accepts,
    rejects: n('rejects'),
    notAccepted: n('not-accepted'),
    silent: n('silent'),
    couldSign: verdicts.length > 0 && accepts === verdicts.length,
  };
}

/**
 * Who accepts which term of a deal as of `asOf`. `deal` is a list of terms or a `Plan` (its
 * terms are used). Positions are looked up with `positionAt` under `minReliability`.
 */
export function evaluateDeal(
  index: DatasetIndex,
  deal: readonly DealTerm[] | Plan,
  parties: readonly string[],
  asOf: IsoDate,
  minReliability: Reliability = 'reported',
): DealEvaluation {
  const terms: readonly DealTerm[] = isPlan(deal) ? deal.terms : deal;
  return {
    terms,
    parties: parties.map((party) => {
      const verdicts = terms.map((term): TermVerdict => {
        const position = positionAt(index, party, term.issue, asOf, minReliability);
        return {
          term,
          verdict: verdictOn(term, position),
          statement: position.kind === 'known' ? position.statement : undefined,
        };
      });
      return { party, verdicts, summary: summarise(verdicts) };
    }),
  };
}

function isPlan(deal: readonly DealTerm[] | Plan): deal is Plan {
  return !Array.isArray(deal);
}
