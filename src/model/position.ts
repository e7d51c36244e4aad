import { latestOnOrBefore } from './bisect';
import { statementsOf } from './dataset-index';
import type { DatasetIndex } from './dataset-index';
import { startDay } from './dates';
import type { IsoDate, Reliability, Statement } from './types';

/** What a party had said on an issue as of a date: the sets from its latest statement. */
export interface KnownPosition {
  readonly kind: 'known';
  readonly statement: Statement;
  readonly accepts: ReadonlySet<string>;
  readonly rejects: ReadonlySet<string>;
  /**
   * The effective preference: the statement's `prefers`, or else the only accepted outcome when
   * exactly one is accepted; otherwise `undefined`. The raw value stays on `statement.prefers`.
   */
  readonly prefers: string | undefined;
}

/** No statement on or before the date passes the filter. Never guessed. */
export interface UnknownPosition {
  readonly kind: 'unknown';
}

export type Position = KnownPosition | UnknownPosition;

export const UNKNOWN: UnknownPosition = Object.freeze({ kind: 'unknown' });

// Statements are immutable, so each one's position is built once and reused: cheaper when the
// "as of" cursor moves, and selectors downstream get stable references.
const positions = new WeakMap<Statement, KnownPosition>();

/** The position a statement states (cached per statement object). */
export function positionOf(statement: Statement): KnownPosition {
  let position = positions.get(statement);
  if (!position) {
    const accepts = new Set(statement.accepts);
    const only = accepts.size === 1 ? accepts.values().next().value : undefined;
    position = Object.freeze({
      kind: 'known',
      statement,
      accepts,
      rejects: new Set(statement.rejects ?? []),
      prefers: statement.prefers ?? only,
    });
    positions.set(statement, position);
  }
  return position;
}

/**
 * True for a known position that accepts or rejects something. A statement with empty `accepts`
 * and empty `rejects` withdraws the position: most functions treat that like no position.
 */
export function hasStance(position: Position): position is KnownPosition {
  return position.kind === 'known' && (position.accepts.size > 0 || position.rejects.size > 0);
}

/**
 * The position of `party` on `issue` as of `asOf`: the latest statement dated on or before it
 * that passes `minReliability` (default `reported`, i.e. all). One binary search.
 * A month-precision statement `YYYY-MM` holds from the 1st of its month; a month-precision
 * `asOf` means the 1st of that month. Among statements on the same date, the one later in the
 * dataset file wins. Unknown party or issue ids simply give `unknown`.
 */
export function positionAt(
  index: DatasetIndex,
  party: string,
  issue: string,
  asOf: IsoDate,
  minReliability: Reliability = 'reported',
): Position {
  const statement = latestOnOrBefore(
    statementsOf(index, party, issue, minReliability),
    startDay(asOf),
  );
  return statement ? positionOf(statement) : UNKNOWN;
}
