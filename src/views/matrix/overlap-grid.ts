import { pick, translate, type Lang } from '../../i18n/i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import { overlapMatrix } from '../../model/matrix';
import type { OverlapCell } from '../../model/matrix';
import { dominantKind, pairSimilarity, summedOverlap } from '../../model/overlap-sum';
import type { RelationTally, SummedCell } from '../../model/overlap-sum';
import { orderParties } from '../../model/seriation';
import type { IsoDate, Issue, Reliability } from '../../model/types';
import type { Focus, Order } from '../../state/view-state';
import { describeRelation } from './relation-text';
import {
  describeTally,
  orderCaption,
  relationSymbol,
  relationTip,
  scopeCaption,
  tallySymbols,
} from './overlap-text';

/** One rendered cell of the overlap matrix: everything the cell shows, says and selects. */
export interface OverlapCellModel {
  readonly column: string;
  readonly self: boolean;
  /** `relation relation-<kind>`; for a summed cell the dominant kind (colour only reinforces). */
  readonly className: string;
  /** Visible symbols: "∩", "✕ 2", or counts like "=2 ∩1 ✕3". */
  readonly symbol: string;
  /** Visible short word for a single-issue cell ("overlap"); empty for summed cells. */
  readonly headline: string;
  readonly label: string;
  readonly tip: string;
  readonly focus: Focus;
}

export interface OverlapGridRow {
  readonly party: string;
  readonly name: string;
  readonly cells: readonly OverlapCellModel[];
}

/** Relations → ordered rows of cell models (the chain: Relation | RelationTally → OverlapCellModel). */
export interface OverlapGrid {
  readonly columns: readonly { readonly id: string; readonly name: string }[];
  readonly rows: readonly OverlapGridRow[];
  readonly caption: string;
}

export interface OverlapGridInput {
  readonly index: DatasetIndex;
  readonly parties: readonly string[];
  readonly issue: string | undefined;
  readonly issues: readonly string[];
  readonly summed: boolean;
  readonly order: Order | undefined;
  readonly at: IsoDate;
  readonly rel: Reliability;
  readonly lang: Lang;
}

/** What every cell builder needs: the language and display names. */
interface Cx {
  readonly lang: Lang;
  readonly party: (id: string) => string;
  readonly issue: (id: string) => string;
}

/** `describeTally` once per unordered pair: both cells of a pair share one tally object. */
function tallyDescriber(cx: Cx): (tally: RelationTally) => string {
  const seen = new Map<RelationTally, string>();
  return (tally) => {
    let text = seen.get(tally);
    if (text === undefined) {
      text = describeTally(tally, cx.issue, cx.lang);
      seen.set(tally, text);
    }
    return text;
  };
}

function singleCell({ row, column, relation }: OverlapCell, issue: Issue, cx: Cx) {
  const { lang } = cx;
  const self = row === column;
  const text = self ? translate(lang, 'relation.self') : describeRelation(relation, issue, lang);
  const names = { row: cx.party(row), column: cx.party(column), issue: cx.issue(issue.id) };
  return {
    column,
    self,
    className: self ? 'cell relation-self' : `cell relation relation-${relation.kind}`,
    symbol: relationSymbol(relation),
    headline: translate(lang, `relation.short.${relation.kind}`),
    label: translate(lang, 'relation.label', { ...names, relation: text }),
    tip: self ? text : relationTip(relation, issue, lang),
    focus: { party: row, issue: issue.id },
  };
}

function summedCell(
  { row, column, tally }: SummedCell,
  issues: readonly string[],
  cx: Cx,
  describe: (tally: RelationTally) => string,
) {
  const self = row === column;
  const dominant = dominantKind(tally);
  const text = self ? translate(cx.lang, 'relation.self') : describe(tally);
  const count = issues.length;
  const labelKey = count === 1 ? 'overlap.summedLabelOne' : 'overlap.summedLabel';
  const names = { row: cx.party(row), column: cx.party(column), count };
  return {
    column,
    self,
    className: self ? 'cell relation-self' : `cell relation relation-${dominant} relation-summed`,
    symbol: tallySymbols(tally),
    headline: '',
    label: translate(cx.lang, labelKey, { ...names, list: text }),
    tip: text,
    // The first issue of the dominant kind: the one most worth reading about.
    focus: { party: row, issue: tally.issues[dominant][0] ?? issues[0]! },
  };
}

/** Rows and columns in `ordered`, picked from a square matrix laid out in `given` order. */
function permute<T>(
  m: readonly (readonly T[])[],
  given: readonly string[],
  ordered: readonly string[],
) {
  const at = new Map(given.map((p, i) => [p, i]));
  return ordered.map((r) => ordered.map((c) => m[at.get(r)!]![at.get(c)!]!));
}

/**
 * The overlap matrix ready to render: one issue (`summed` false) or the sum over `issues`,
 * rows and columns in `order`. `undefined` when there is nothing to compare. Duplicate and
 * unknown ids are dropped here, so the grid never has two rows for one party.
 */
export function overlapGrid(input: OverlapGridInput): OverlapGrid | undefined {
  const { index, order, at, rel, lang } = input;
  const parties = [...new Set(input.parties)].filter((p) => index.parties.has(p));
  const issues = input.summed
    ? [...new Set(input.issues)].filter((i) => index.issues.has(i))
    : [input.issue ?? ''].filter((i) => index.issues.has(i));
  if (parties.length === 0 || issues.length === 0) return undefined;
  const cx: Cx = {
    lang,
    party: (id) => pick(index.parties.get(id)?.name, lang),
    issue: (id) => pick(index.issues.get(id)?.name, lang),
  };
  let cells: OverlapCellModel[][];
  let scores: (number | undefined)[][];
  if (input.summed) {
    const rows = summedOverlap(index, parties, issues, at, rel);
    const describe = tallyDescriber(cx);
    scores = rows.map((r) => r.cells.map((c) => c.tally.score));
    cells = rows.map((r) => r.cells.map((c) => summedCell(c, issues, cx, describe)));
  } else {
    const issue = index.issues.get(issues[0]!)!;
    const rows = overlapMatrix(index, parties, issue.id, at, rel);
    scores = rows.map((r) => r.cells.map((c) => pairSimilarity(c.relation)));
    cells = rows.map((r) => r.cells.map((c) => singleCell(c, issue, cx)));
  }
  const slot = new Map(parties.map((p, i) => [p, i]));
  const similarity = (a: string, b: string) => scores[slot.get(a)!]?.[slot.get(b)!];
  const ordered = orderParties(parties, order, similarity, cx.party, lang);
  const placed = permute(cells, parties, ordered);
  return {
    columns: ordered.map((id) => ({ id, name: cx.party(id) })),
    rows: ordered.map((party, r) => ({ party, name: cx.party(party), cells: placed[r]! })),
    caption: `${scopeCaption(input.summed, issues.map(cx.issue), at, lang)} ${orderCaption(order, ordered, cx.party, lang)}`,
  };
}
