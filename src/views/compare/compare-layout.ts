import type { DatasetIndex } from '../../model/dataset-index';
import { diff, type CellChange } from '../../model/diff';
import type { IsoDate, Reliability } from '../../model/types';

/** The two dates compared, earlier first, whichever URL parameter holds which. */
export interface DateSpan {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export function dateSpan(at: IsoDate, compare: IsoDate): DateSpan {
  return compare <= at ? { from: compare, to: at } : { from: at, to: compare };
}

/** The changes matrix: only the issues (rows) and parties (columns) with at least one change. */
export interface CompareLayout {
  readonly issues: readonly string[];
  readonly parties: readonly string[];
  /** `cells[row][col]`: the change in that cell, or `undefined` for "no change". */
  readonly cells: readonly (readonly (CellChange | undefined)[])[];
  /** Selected issues and parties left out because nothing changed on or for them. */
  readonly unchangedIssues: number;
  readonly unchangedParties: number;
}

/** Lays out `changes` over the selection, keeping the selection's order. */
export function compareLayout(
  changes: readonly CellChange[],
  parties: readonly string[],
  issues: readonly string[],
): CompareLayout {
  const byCell = new Map(changes.map((c) => [changeKey(c.party, c.issue), c]));
  const changedIssues = new Set(changes.map((c) => c.issue));
  const changedParties = new Set(changes.map((c) => c.party));
  const keptIssues = issues.filter((i) => changedIssues.has(i));
  const keptParties = parties.filter((p) => changedParties.has(p));
  return {
    issues: keptIssues,
    parties: keptParties,
    cells: keptIssues.map((i) => keptParties.map((p) => byCell.get(changeKey(p, i)))),
    unchangedIssues: issues.length - keptIssues.length,
    unchangedParties: parties.length - keptParties.length,
  };
}

/** One key per (party, issue); ids never contain a colon. */
export function changeKey(party: string, issue: string): string {
  return `${party}:${issue}`;
}

/** Everything the compare views draw, computed once per selection and pair of dates. */
export interface Comparison {
  readonly span: DateSpan;
  /** From the earlier to the later date, so "hardened" always means "over time". */
  readonly changes: readonly CellChange[];
  readonly layout: CompareLayout;
}

export function compareDates(
  index: DatasetIndex,
  parties: readonly string[],
  issues: readonly string[],
  at: IsoDate,
  compare: IsoDate,
  rel: Reliability,
): Comparison {
  const span = dateSpan(at, compare);
  const changes = diff(index, parties, issues, span.from, span.to, rel);
  return { span, changes, layout: compareLayout(changes, parties, issues) };
}

/** The DOM id of a change's entry in the list below the matrix. */
export function changeAnchor(party: string, issue: string): string {
  return `change:${changeKey(party, issue)}`;
}
