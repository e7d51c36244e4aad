import type { DatasetIndex } from './dataset-index';
import { evaluateDeal, type DealTerm } from './deal';
import type { IsoDate, Reliability } from './types';

/** How two plans' terms on one issue relate: the same outcome set, different ones, or one only. */
export type TermComparison = 'same' | 'different' | 'only-a' | 'only-b';

/** One plan's term on an issue, with how the chosen parties see it as of the date. */
export interface TermTally {
  readonly term: DealTerm;
  /** Chosen parties that accept the term, in the order given. */
  readonly accepting: readonly string[];
  /** Chosen parties whose red line the term crosses. */
  readonly redLine: readonly string[];
}

export interface ComparisonRow {
  readonly issue: string;
  readonly a: TermTally | undefined;
  readonly b: TermTally | undefined;
  readonly comparison: TermComparison;
}

/** Whether two terms allow exactly the same outcomes (order does not matter). */
export function sameOutcomes(a: DealTerm, b: DealTerm): boolean {
  const set = new Set(a.outcomes);
  return set.size === new Set(b.outcomes).size && b.outcomes.every((o) => set.has(o));
}

/**
 * Issue ids either list addresses: the dataset's issue order first, then issues the dataset does
 * not know, in the order they appear (a, then b).
 */
function issueOrder(index: DatasetIndex, a: readonly DealTerm[], b: readonly DealTerm[]) {
  const addressed = new Set([...a, ...b].map((t) => t.issue));
  const known = index.dataset.issues.map((i) => i.id).filter((id) => addressed.has(id));
  const unknown = [...addressed].filter((id) => !index.issues.has(id));
  return [...known, ...unknown];
}

function tallies(
  index: DatasetIndex,
  terms: readonly DealTerm[],
  parties: readonly string[],
  asOf: IsoDate,
  rel: Reliability,
): Map<string, TermTally> {
  const evaluation = evaluateDeal(index, terms, parties, asOf, rel);
  return new Map(
    terms.map((term, i) => {
      const who = (v: 'accepts' | 'rejects') =>
        evaluation.parties.filter((p) => p.verdicts[i]?.verdict === v).map((p) => p.party);
      return [term.issue, { term, accepting: who('accepts'), redLine: who('rejects') }];
    }),
  );
}

/**
 * Two plans (or a deal and a plan) term by term: one row per issue either addresses, with each
 * side's term, who of `parties` accepts it and whose red line it crosses as of `asOf`. A list
 * naming an issue twice keeps its first term.
 */
export function comparePlans(
  index: DatasetIndex,
  a: readonly DealTerm[],
  b: readonly DealTerm[],
  parties: readonly string[],
  asOf: IsoDate,
  rel: Reliability = 'reported',
): readonly ComparisonRow[] {
  const first = (terms: readonly DealTerm[]) =>
    terms.filter((t, i) => terms.findIndex((u) => u.issue === t.issue) === i);
  const ta = tallies(index, first(a), parties, asOf, rel);
  const tb = tallies(index, first(b), parties, asOf, rel);
  return issueOrder(index, a, b).map((issue) => {
    const x = ta.get(issue);
    const y = tb.get(issue);
    const comparison: TermComparison = !y
      ? 'only-a'
      : !x
        ? 'only-b'
        : sameOutcomes(x.term, y.term)
          ? 'same'
          : 'different';
    return { issue, a: x, b: y, comparison };
  });
}

/**
 * The issues on which `terms` differ from a plan's `planTerms`: a term added, removed or with other
 * outcomes. Dataset issue order is not needed here: the count and the ids are what is shown.
 */
export function changedIssues(
  planTerms: readonly DealTerm[],
  terms: readonly DealTerm[],
): readonly string[] {
  const rows = new Map<string, [DealTerm | undefined, DealTerm | undefined]>();
  for (const t of planTerms) if (!rows.has(t.issue)) rows.set(t.issue, [t, undefined]);
  for (const t of terms) {
    const row = rows.get(t.issue);
    if (!row) rows.set(t.issue, [undefined, t]);
    else if (!row[1]) row[1] = t;
  }
  return [...rows].filter(([, [p, d]]) => !p || !d || !sameOutcomes(p, d)).map(([issue]) => issue);
}
