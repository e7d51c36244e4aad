import type { DealEvaluation, DealTerm, Verdict } from './deal';

/** What a party that could not sign would have to move on, term by term. */
export interface Holdout {
  readonly party: string;
  /** Terms that cross one of its red lines. */
  readonly redLines: readonly DealTerm[];
  /** Terms where it accepts other outcomes only. */
  readonly wantsOther: readonly DealTerm[];
  /** Terms it has said nothing usable on (no position, or none on these outcomes). */
  readonly silent: readonly DealTerm[];
}

/** Who stands where on one term. */
export interface TermStand {
  readonly term: DealTerm;
  readonly accepting: readonly string[];
  /** Parties whose red line the term crosses: they block it. */
  readonly blockers: readonly string[];
  readonly wantsOther: readonly string[];
  readonly silent: readonly string[];
}

/**
 * A deal in plain terms: who could sign (accepts every term), what every other party would have
 * to move on, and who blocks each term. With no terms nobody could sign and nobody is a holdout
 * (there is nothing to move on); with no parties all lists are empty.
 */
export interface DealSummary {
  readonly termCount: number;
  readonly partyCount: number;
  /** Parties that accept every term, in the evaluation's order. */
  readonly signers: readonly string[];
  /** Every other party, in the evaluation's order (none when there are no terms). */
  readonly holdouts: readonly Holdout[];
  /** One entry per term, in term order. */
  readonly terms: readonly TermStand[];
  /** Terms that cross at least one party's red line. */
  readonly blocked: readonly TermStand[];
}

/** Summarises an evaluation from `evaluateDeal` (see `DealSummary`). */
export function dealSummary(evaluation: DealEvaluation): DealSummary {
  const { terms, parties } = evaluation;
  const signers = parties.filter((p) => p.summary.couldSign).map((p) => p.party);
  const holdouts =
    terms.length === 0
      ? []
      : parties
          .filter((p) => !p.summary.couldSign)
          .map((p): Holdout => {
            const on = (v: Verdict) => p.verdicts.filter((t) => t.verdict === v).map((t) => t.term);
            return {
              party: p.party,
              redLines: on('rejects'),
              wantsOther: on('not-accepted'),
              silent: on('silent'),
            };
          });
  const stands = terms.map((term, i): TermStand => {
    const who = (v: Verdict) =>
      parties.filter((p) => p.verdicts[i]?.verdict === v).map((p) => p.party);
    return {
      term,
      accepting: who('accepts'),
      blockers: who('rejects'),
      wantsOther: who('not-accepted'),
      silent: who('silent'),
    };
  });
  return {
    termCount: terms.length,
    partyCount: parties.length,
    signers,
    holdouts,
    terms: stands,
    blocked: stands.filter((s) => s.blockers.length > 0),
  };
}
