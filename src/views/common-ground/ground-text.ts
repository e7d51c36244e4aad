import { formatList, pick } from '../../i18n/i18n';
import type { I18n } from '../../i18n/use-i18n';
import type { GroundRow, GroundStatus, GroundTable } from './common-ground-rows';

/** The symbol that goes with each status word; it never stands alone. */
export const STATUS_SYMBOL: Readonly<Record<GroundStatus, string>> = {
  common: '✓',
  blocked: '✗',
  deadlock: '⊘',
  few: '?',
};

/** A row in words, for the table cells (empty strings mean "nothing to say"). */
export interface GroundRowText {
  readonly symbol: string;
  readonly status: string;
  /** Said before the outcome labels, e.g. "only North has a position:". */
  readonly outcomesNote: string;
  readonly outcomes: readonly string[];
  /** "blocked by …" or the deadlock explanation. */
  readonly obstacle: string;
  /** "no position: …". */
  readonly silent: string;
}

export type PartyName = (id: string) => string;

function statusWord(row: GroundRow, single: boolean, { t }: I18n): string {
  if (!single) return t(`common.status.${row.status}`);
  return t(row.known.length > 0 ? 'common.status.own' : 'common.status.none');
}

function outcomesNote(row: GroundRow, single: boolean, name: PartyName, { t }: I18n): string {
  if (row.status !== 'few' || row.known.length !== 1) return '';
  const party = name(row.known[0]!);
  if (row.outcomes.length === 0) return t('common.acceptsNothing', { party });
  return single ? '' : t('common.onlyOne', { party });
}

function obstacle(row: GroundRow, name: PartyName, { t, lang }: I18n): string {
  if (row.status === 'blocked') {
    return t('common.blockedBy', { list: formatList(row.blockers.map(name), lang) });
  }
  return row.status === 'deadlock' ? t('common.deadlockNote') : '';
}

/**
 * Puts a row into words. `single` is true when only one party is selected: then the row shows
 * that party's own accepted set, and the status says so instead of "too few positions".
 */
export function rowText(
  row: GroundRow,
  single: boolean,
  name: PartyName,
  i18n: I18n,
): GroundRowText {
  const { t, lang } = i18n;
  return {
    symbol: STATUS_SYMBOL[row.status],
    status: statusWord(row, single, i18n),
    outcomesNote: outcomesNote(row, single, name, i18n),
    outcomes: row.outcomes.map((o) => pick(o.label, lang)),
    obstacle: obstacle(row, name, i18n),
    silent:
      row.unknown.length > 0
        ? t('common.silent', { list: formatList(row.unknown.map(name), lang) })
        : '',
  };
}

/** The one-line tally ("Common ground on 3 of 16 issues") and a breakdown of the rest. */
export function tallyText(
  table: GroundTable,
  name: PartyName,
  { t }: I18n,
): { readonly headline: string; readonly breakdown: string } {
  const { tally } = table;
  const one = tally.total === 1;
  if (table.parties.length === 1) {
    const count = table.rows.filter((r) => r.known.length > 0).length;
    const party = name(table.parties[0]!);
    const params = { party, count, total: tally.total };
    return {
      headline: t(one ? 'common.tallySingleOne' : 'common.tallySingle', params),
      breakdown: '',
    };
  }
  const headline = t(one ? 'common.tallyOne' : 'common.tally', {
    count: tally.common,
    total: tally.total,
  });
  const rest = (['blocked', 'deadlock', 'few'] as const)
    .filter((s) => tally[s] > 0)
    .map((s) => t(`common.breakdown.${s}`, { count: tally[s] }));
  return { headline, breakdown: rest.join(' · ') };
}
