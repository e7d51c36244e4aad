import type { DatasetIndex } from './dataset-index';
import { positionAt } from './position';
import { shiftBetween } from './shift';
import type { Shift } from './shift';
import type { IsoDate, Reliability, Statement } from './types';

/** A change is any shift but a restatement. */
export type ChangeKind = Exclude<Shift, 'restated'>;

/** One (party, issue) cell whose position differs between the two dates. */
export interface CellChange {
  readonly party: string;
  readonly issue: string;
  readonly kind: ChangeKind;
  /** The statement behind the position at the first date given (`asOfA`), if any. */
  readonly before: Statement | undefined;
  /** The statement behind the position at the second date given (`asOfB`), if any. */
  readonly after: Statement | undefined;
}

/**
 * The cells whose position differs from `asOfA` to `asOfB`, issues outer and parties inner, in the
 * order given. Direction follows the arguments, so either date may be the earlier one:
 * `diff(…, b, a)` lists the same cells as `diff(…, a, b)` with inverse kinds (new ↔ dropped,
 * hardened ↔ softened). A new statement restating the same sets is not a change; unknown and
 * withdrawn count alike as "no position".
 */
export function diff(
  index: DatasetIndex,
  parties: readonly string[],
  issues: readonly string[],
  asOfA: IsoDate,
  asOfB: IsoDate,
  minReliability: Reliability = 'reported',
): readonly CellChange[] {
  const changes: CellChange[] = [];
  for (const issue of issues) {
    for (const party of parties) {
      const a = positionAt(index, party, issue, asOfA, minReliability);
      const b = positionAt(index, party, issue, asOfB, minReliability);
      const kind = shiftBetween(a, b);
      if (kind === 'restated') continue;
      changes.push({
        party,
        issue,
        kind,
        before: a.kind === 'known' ? a.statement : undefined,
        after: b.kind === 'known' ? b.statement : undefined,
      });
    }
  }
  return changes;
}
