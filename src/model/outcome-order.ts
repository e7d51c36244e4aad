import type { DatasetIndex } from './dataset-index';

/**
 * The ids of `issue`'s outcomes for which `keep` is true, in the issue's outcome order
 * (its spectrum order when ordered). Ids outside the issue never appear; an unknown issue gives [].
 */
export function outcomesWhere(
  index: DatasetIndex,
  issue: string,
  keep: (outcome: string) => boolean,
): string[] {
  const outcomes = index.issues.get(issue)?.outcomes ?? [];
  return outcomes.map((o) => o.id).filter(keep);
}

/** The members of `ids` in `issue`'s outcome order. */
export function inOutcomeOrder(
  index: DatasetIndex,
  issue: string,
  ids: ReadonlySet<string>,
): string[] {
  return outcomesWhere(index, issue, (id) => ids.has(id));
}
