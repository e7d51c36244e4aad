import { useState } from 'react';
import { formatDate, pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { NegotiationEvent } from '../../model/types';
import type { Focus } from '../../state/view-state';
import type { PlacedMark } from './timeline-layout';

/** Most rows the list renders; beyond that it asks the reader to zoom in. */
export const LIST_CAP = 200;

type Row =
  | { readonly kind: 'statement'; readonly date: string; readonly mark: PlacedMark }
  | { readonly kind: 'event'; readonly date: string; readonly event: NegotiationEvent };

/** Statements and events of the window in time order (events first on the same day). */
export function listRows(marks: readonly PlacedMark[], events: readonly NegotiationEvent[]): Row[] {
  const rows: Row[] = [
    ...events.map((event) => ({ kind: 'event' as const, date: event.date, event })),
    ...marks.map((mark) => ({ kind: 'statement' as const, date: mark.statement.date, mark })),
  ];
  // A stable sort keeps events before statements of the same day, statements in their order.
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The accessible alternative to the plot: what is in view, as a list of buttons that open the
 * details. Rendered only while open, so a closed list costs nothing during pans.
 */
export function TimelineList({
  marks,
  events,
  onSelect,
  describe,
}: {
  readonly marks: readonly PlacedMark[];
  readonly events: readonly NegotiationEvent[];
  readonly onSelect: (focus: Focus) => void;
  readonly describe: (mark: PlacedMark) => string;
}) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const rows = open ? listRows(marks, events) : [];
  return (
    <details className="timeline-list" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('timeline.list.summary')}</summary>
      {open && (
        <>
          <p>{t('timeline.list.count', { statements: marks.length, events: events.length })}</p>
          <ol>
            {rows.slice(0, LIST_CAP).map((row) =>
              row.kind === 'event' ? (
                <li key={`e-${row.event.id}`}>
                  {t('timeline.list.event', {
                    date: formatDate(row.event.date, lang),
                    title: pick(row.event.title, lang),
                  })}
                </li>
              ) : (
                <li key={`s-${row.mark.statement.id}`}>
                  <button
                    type="button"
                    onClick={() =>
                      onSelect({ party: row.mark.statement.party, issue: row.mark.statement.issue })
                    }
                  >
                    {describe(row.mark)}
                  </button>
                </li>
              ),
            )}
          </ol>
          {rows.length > LIST_CAP && (
            <p>{t('timeline.list.more', { count: rows.length - LIST_CAP })}</p>
          )}
        </>
      )}
    </details>
  );
}
