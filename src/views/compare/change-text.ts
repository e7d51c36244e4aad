import { formatDate, formatList, formatNumber, pick, translate, type Lang } from '../../i18n/i18n';
import { pluralForm } from '../../i18n/words';
import type { CellChange, ChangeKind } from '../../model/diff';
import { hasStance, positionOf } from '../../model/position';
import type { Issue, Statement } from '../../model/types';

/** A symbol per kind, always shown next to its word: colour and shape only reinforce it. */
export const KIND_SYMBOL: Readonly<Record<ChangeKind, string>> = {
  hardened: '▲',
  softened: '▼',
  new: '+',
  dropped: '−',
  changed: '~',
};

/** What one statement stands for, in words: "prefers …; accepts …; rejects …; stated …". */
export function stanceText(statement: Statement | undefined, issue: Issue, lang: Lang): string {
  if (!statement) return translate(lang, 'compare.noPosition');
  const date = formatDate(statement.date, lang);
  const position = positionOf(statement);
  if (!hasStance(position)) return translate(lang, 'cell.withdrawn', { date });
  const labels = (set: ReadonlySet<string>, skip?: string) =>
    issue.outcomes.filter((o) => set.has(o.id) && o.id !== skip).map((o) => pick(o.label, lang));
  const parts: string[] = [];
  const { prefers } = position;
  if (prefers !== undefined) {
    const label = pick(issue.outcomes.find((o) => o.id === prefers)?.label, lang) || prefers;
    parts.push(translate(lang, 'cell.prefers', { outcome: label }));
  }
  const accepted = labels(position.accepts, prefers);
  if (accepted.length > 0)
    parts.push(translate(lang, 'cell.accepts', { list: formatList(accepted, lang) }));
  if (position.accepts.size === 0) parts.push(translate(lang, 'cell.onlyRedLines'));
  const rejected = labels(position.rejects);
  if (rejected.length > 0)
    parts.push(translate(lang, 'cell.rejects', { list: formatList(rejected, lang) }));
  parts.push(translate(lang, 'cell.since', { date }));
  return parts.join('; ');
}

/** A change in words, for the cell's name and tooltip: "softened: from “…” to “…”". */
export function changeText(change: CellChange, issue: Issue, lang: Lang): string {
  return translate(lang, 'compare.tip', {
    kind: translate(lang, `shift.${change.kind}`),
    before: stanceText(change.before, issue, lang),
    after: stanceText(change.after, issue, lang),
  });
}

/** "1 issue" / "3 issues" in the active language. */
export function countText(lang: Lang, what: 'issues' | 'parties' | 'positions', n: number): string {
  const form = pluralForm(n, lang);
  return translate(lang, `compare.count.${what}.${form}`, { n: formatNumber(n, lang) });
}
