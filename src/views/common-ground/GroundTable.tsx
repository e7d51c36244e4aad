import { pick } from '../../i18n/i18n';
import type { I18n } from '../../i18n/use-i18n';
import type { GroundRow, GroundTable as Table } from './common-ground-rows';
import { rowText, tallyText, type PartyName } from './ground-text';

interface GroundTableProps {
  readonly table: Table;
  readonly name: PartyName;
  readonly i18n: I18n;
  readonly focusIssue: string | undefined;
  readonly onSelectIssue: (issueId: string) => void;
}

/** The table: the tally as caption, one row per issue. Stacks into cards on narrow containers. */
export function GroundTable({ table, name, i18n, focusIssue, onSelectIssue }: GroundTableProps) {
  const { t } = i18n;
  const single = table.parties.length === 1;
  const { headline, breakdown } = tallyText(table, name, i18n);
  const outcomesLabel = t(single ? 'common.col.accepted' : 'common.col.outcomes');
  return (
    <table className="ground-table">
      <caption>
        <span className="ground-tally">{headline}</span>
        {breakdown && <span className="ground-breakdown"> ({breakdown})</span>}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('common.col.issue')}</th>
          <th scope="col">{t('common.col.status')}</th>
          <th scope="col">{outcomesLabel}</th>
          {!single && <th scope="col">{t('common.col.obstacle')}</th>}
          <th scope="col">{t('common.col.silent')}</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <GroundRowView
            key={row.issue.id}
            row={row}
            single={single}
            name={name}
            i18n={i18n}
            outcomesLabel={outcomesLabel}
            focused={row.issue.id === focusIssue}
            onSelectIssue={onSelectIssue}
          />
        ))}
      </tbody>
    </table>
  );
}

interface GroundRowViewProps {
  readonly row: GroundRow;
  readonly single: boolean;
  readonly name: PartyName;
  readonly i18n: I18n;
  readonly outcomesLabel: string;
  readonly focused: boolean;
  readonly onSelectIssue: (issueId: string) => void;
}

function GroundRowView(props: GroundRowViewProps) {
  const { row, single, name, i18n, outcomesLabel, focused, onSelectIssue } = props;
  const text = rowText(row, single, name, i18n);
  const issueName = pick(row.issue.name, i18n.lang);
  return (
    <tr className={`ground-row ground-${row.status}${focused ? ' ground-focused' : ''}`}>
      <th scope="row">
        <button
          type="button"
          className="ground-issue"
          title={i18n.t('common.selectIssue', { issue: issueName })}
          aria-current={focused || undefined}
          onClick={() => onSelectIssue(row.issue.id)}
        >
          {issueName}
        </button>
      </th>
      <td className="ground-status">
        <span className="ground-symbol" aria-hidden="true">
          {text.symbol}
        </span>{' '}
        {text.status}
      </td>
      <td className="ground-outcomes" data-label={outcomesLabel}>
        {text.outcomesNote && <span className="ground-note">{text.outcomesNote}</span>}
        {text.outcomes.length > 0 && (
          <ul>
            {text.outcomes.map((label, i) => (
              <li key={i}>{label}</li>
            ))}
          </ul>
        )}
      </td>
      {!single && <td className="ground-obstacle">{text.obstacle}</td>}
      <td className="ground-silent">{text.silent}</td>
    </tr>
  );
}
