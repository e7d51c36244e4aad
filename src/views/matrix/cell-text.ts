import { formatDate, formatList, pick, translate, type Lang } from '../../i18n/i18n';
import { hasStance, type KnownPosition, type Position } from '../../model/position';
import type { Issue } from '../../model/types';

/** A statement that takes no stance (nothing accepted or rejected): the model counts it as no position. */
const isWithdrawn = (p: KnownPosition) => !hasStance(p as Position);

/** The words a screen reader hears for a cell, and the tooltip: the whole position, not a colour. */
export function describePosition(position: Position, issue: Issue, lang: Lang): string {
  if (position.kind === 'unknown') return translate(lang, 'cell.unknown');
  if (isWithdrawn(position))
    return translate(lang, 'cell.withdrawn', { date: formatDate(position.statement.date, lang) });
  const label = (id: string) => pick(issue.outcomes.find((o) => o.id === id)?.label, lang) || id;
  const ordered = (set: ReadonlySet<string>) =>
    issue.outcomes.filter((o) => set.has(o.id)).map((o) => label(o.id));
  const parts: string[] = [];
  if (position.prefers !== undefined)
    parts.push(translate(lang, 'cell.prefers', { outcome: label(position.prefers) }));
  const others = ordered(position.accepts).filter(
    (l) => position.prefers === undefined || l !== label(position.prefers),
  );
  if (others.length > 0)
    parts.push(translate(lang, 'cell.accepts', { list: formatList(others, lang) }));
  if (position.accepts.size === 0) parts.push(translate(lang, 'cell.onlyRedLines'));
  const rejected = ordered(position.rejects);
  if (rejected.length > 0)
    parts.push(translate(lang, 'cell.rejects', { list: formatList(rejected, lang) }));
  parts.push(translate(lang, 'cell.since', { date: formatDate(position.statement.date, lang) }));
  return parts.join('; ');
}

/** The short label drawn in a cell: the preferred outcome, else the only or first accepted one. */
export function headline(position: Position, issue: Issue, lang: Lang): string {
  if (position.kind === 'unknown') return '–';
  if (isWithdrawn(position)) return translate(lang, 'cell.withdrawnShort');
  const id = position.prefers ?? issue.outcomes.find((o) => position.accepts.has(o.id))?.id;
  if (id === undefined) return translate(lang, 'cell.onlyRedLinesShort');
  const text = pick(issue.outcomes.find((o) => o.id === id)?.label, lang);
  return position.prefers === undefined && position.accepts.size > 1 ? `${text} …` : text;
}
