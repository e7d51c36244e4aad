import { memo, useCallback, useId, useMemo } from 'react';
import { formatDate, pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import type { IsoDate, Reliability } from '../../model/types';
import { commonGroundTable } from './common-ground-rows';
import { GroundTable } from './GroundTable';
import './common-ground.css';

export interface CommonGroundPanelProps {
  readonly index: DatasetIndex;
  /** Selected party ids, in display order (duplicates and unknown ids are ignored). */
  readonly parties: readonly string[];
  /** Selected issue ids; rows keep this order. */
  readonly issues: readonly string[];
  /** The "as of" date. */
  readonly at: IsoDate;
  /** Minimum reliability of the statements taken into account. */
  readonly rel: Reliability;
  /** Called with the issue id when an issue name is activated. */
  readonly onSelectIssue: (issueId: string) => void;
  /** The issue currently in focus elsewhere, marked in the table. Default: none. */
  readonly focusIssue?: string | undefined;
}

/**
 * "Common ground": per selected issue, the outcomes all selected parties with a position accept
 * as of the date — or who blocks them, and who has said nothing.
 */
export const CommonGroundPanel = memo(function CommonGroundPanel(props: CommonGroundPanelProps) {
  const { index, parties, issues, at, rel, onSelectIssue, focusIssue } = props;
  const i18n = useI18n();
  const { t, lang } = i18n;
  const headingId = useId();
  // The model call is the only costly step (issues × parties lookups): redo it only when an
  // input changes, not when the language or the focus does.
  const table = useMemo(
    () => commonGroundTable(index, parties, issues, at, rel),
    [index, parties, issues, at, rel],
  );
  const partyName = useCallback(
    (id: string) => pick(index.parties.get(id)?.name, lang) || id,
    [index, lang],
  );
  const single = table.parties.length === 1;

  return (
    <section className="common-ground" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('common.title')}</h2>
      <p className="common-ground-intro">{t('common.intro', { date: formatDate(at, lang) })}</p>
      {table.rows.length === 0 ? (
        <p className="empty">{t('common.empty')}</p>
      ) : (
        <>
          {single && (
            <p className="common-ground-note">
              {t('common.single', { party: partyName(table.parties[0]!) })}
            </p>
          )}
          <GroundTable
            table={table}
            name={partyName}
            i18n={i18n}
            focusIssue={focusIssue}
            onSelectIssue={onSelectIssue}
          />
        </>
      )}
    </section>
  );
});
