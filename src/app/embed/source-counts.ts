import type { DatasetIndex } from '../../model/dataset-index';
import { passes } from '../../model/reliability';
import type { IsoDate, Reliability } from '../../model/types';

export interface SourceCountsInput {
  readonly parties: readonly string[];
  readonly issues: readonly string[];
  readonly rel: Reliability;
  /** Count statements up to this day (inclusive); `undefined` counts the whole period. */
  readonly until: IsoDate | undefined;
}

/**
 * How much sourcing stands behind a view: the statements of the shown parties on the shown
 * issues that pass the reliability filter, and the distinct outlets cited for them.
 */
export function sourceCounts(
  index: DatasetIndex,
  { parties, issues, rel, until }: SourceCountsInput,
): { statements: number; outlets: number } {
  const partySet = new Set(parties);
  const issueSet = new Set(issues);
  const outlets = new Set<string>();
  let statements = 0;
  for (const s of index.statementsByDate) {
    // Sorted by date; a month-precision date ("2024-06") counts from the 1st, as in the model.
    if (until !== undefined && s.date > until) break;
    if (!partySet.has(s.party) || !issueSet.has(s.issue) || !passes(s.reliability, rel)) continue;
    statements += 1;
    for (const id of s.sources) {
      const outlet = index.sources.get(id)?.outlet;
      if (outlet) outlets.add(outlet);
    }
  }
  return { statements, outlets: outlets.size };
}
