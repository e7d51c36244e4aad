import { memo } from 'react';
import type { Lang } from '../../i18n/i18n';
import { translate } from '../../i18n/i18n';
import { outcomeState } from '../../model/matrix';
import type { Position } from '../../model/position';
import type { Issue } from '../../model/types';
import { OutcomeMarks } from './OutcomeMarks';
import { describePosition, headline } from './cell-text';

export interface MatrixCellProps {
  readonly row: number;
  readonly col: number;
  readonly party: string;
  readonly partyName: string;
  readonly issue: Issue;
  readonly position: Position;
  readonly selected: boolean;
  readonly active: boolean;
  readonly lang: Lang;
  readonly onActivate: (row: number, col: number, party: string, issue: string) => void;
}

/**
 * One cell: memoised, and positions are cached per statement, so moving "As of" re-renders only
 * the cells whose position actually changed.
 */
export const MatrixCell = memo(function MatrixCell(props: MatrixCellProps) {
  const { row, col, party, partyName, issue, position, selected, active, lang, onActivate } = props;
  const text = describePosition(position, issue, lang);
  const activate = () => onActivate(row, col, party, issue.id);
  return (
    <td
      role="gridcell"
      data-row={row}
      data-col={col}
      tabIndex={active ? 0 : -1}
      aria-selected={selected}
      aria-label={translate(lang, 'cell.label', {
        party: partyName,
        issue: issue.name[lang] ?? issue.name.en ?? issue.id,
        summary: text,
      })}
      data-tip={text}
      className={`cell ${position.kind === 'unknown' ? 'cell-unknown' : ''} ${selected ? 'cell-selected' : ''}`}
      onClick={activate}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          activate();
        }
      }}
    >
      {position.kind === 'known' && (
        <OutcomeMarks states={issue.outcomes.map((o) => outcomeState(position, o.id))} />
      )}
      <span className="cell-headline">{headline(position, issue, lang)}</span>
    </td>
  );
});
