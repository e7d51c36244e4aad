import { memo } from 'react';
import { pick, translate, type Lang } from '../../i18n/i18n';
import type { CellChange } from '../../model/diff';
import type { Issue } from '../../model/types';
import { KIND_SYMBOL, changeText } from './change-text';

export interface ChangeCellProps {
  readonly row: number;
  readonly col: number;
  readonly party: string;
  readonly partyName: string;
  readonly issue: Issue;
  /** `undefined`: this party's position on this issue did not change. */
  readonly change: CellChange | undefined;
  readonly selected: boolean;
  readonly active: boolean;
  readonly lang: Lang;
  readonly onActivate: (row: number, col: number, party: string, issue: string) => void;
}

/** One cell of the changes matrix: the kind of change as a symbol and a word. */
export const ChangeCell = memo(function ChangeCell(props: ChangeCellProps) {
  const { row, col, party, partyName, issue, change, selected, active, lang, onActivate } = props;
  const text = change ? changeText(change, issue, lang) : translate(lang, 'compare.noChange');
  const activate = () => onActivate(row, col, party, issue.id);
  const kind = change ? `change-${change.kind}` : 'change-none';
  return (
    <td
      role="gridcell"
      data-row={row}
      data-col={col}
      tabIndex={active ? 0 : -1}
      aria-selected={selected}
      aria-label={translate(lang, 'cell.label', {
        party: partyName,
        issue: pick(issue.name, lang),
        summary: text,
      })}
      data-tip={text}
      className={`change-cell ${kind}${selected ? ' change-selected' : ''}`}
      onClick={activate}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          activate();
        }
      }}
    >
      {change ? (
        <>
          <span className="change-symbol" aria-hidden="true">
            {KIND_SYMBOL[change.kind]}
          </span>{' '}
          {translate(lang, `shift.${change.kind}`)}
        </>
      ) : (
        translate(lang, 'compare.noChange')
      )}
    </td>
  );
});
