import { pick, type Lang } from '../../i18n/i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import { reliabilityRank } from '../../model/reliability';
import type { Statement } from '../../model/types';

export type SortKey = 'date' | 'party' | 'speaker' | 'issue' | 'reliability';
export interface Sort {
  readonly key: SortKey;
  readonly dir: 'asc' | 'desc';
}

export interface StatementRow {
  readonly statement: Statement;
  readonly party: string;
  readonly speaker: string;
  readonly issue: string;
}

/** Table rows in the chosen order; ties keep time order, so the sort is stable and predictable. */
export function statementRows(index: DatasetIndex, lang: Lang, sort: Sort): StatementRow[] {
  const rows = index.statementsByDate.map((statement) => ({
    statement,
    party: pick(index.parties.get(statement.party)?.name, lang),
    speaker:
      index.parties.get(statement.party)?.speakers.find((s) => s.id === statement.speaker)?.name ??
      '',
    issue: pick(index.issues.get(statement.issue)?.name, lang),
  }));
  const collator = new Intl.Collator(lang);
  const compare: Record<SortKey, (a: StatementRow, b: StatementRow) => number> = {
    date: () => 0,
    party: (a, b) => collator.compare(a.party, b.party),
    speaker: (a, b) => collator.compare(a.speaker, b.speaker),
    issue: (a, b) => collator.compare(a.issue, b.issue),
    reliability: (a, b) =>
      reliabilityRank(a.statement.reliability) - reliabilityRank(b.statement.reliability),
  };
  const sign = sort.dir === 'asc' ? 1 : -1;
  const order = new Map(rows.map((r, i) => [r, i]));
  // Ties keep time order in either direction; only a date sort reverses time.
  return rows.sort(
    (a, b) =>
      sign * compare[sort.key](a, b) ||
      (sort.key === 'date' ? sign : 1) * (order.get(a)! - order.get(b)!),
  );
}
