import { makeI18n } from '../../../src/i18n/use-i18n';
import { buildIndex } from '../../../src/model/dataset-index';
import {
  commonGroundTable,
  tallyRows,
  type GroundRow,
} from '../../../src/views/common-ground/common-ground-rows';
import { rowText, tallyText } from '../../../src/views/common-ground/ground-text';
import { FIXTURE, day } from '../../fixtures/model-fixture';

const index = buildIndex(FIXTURE);
const at = day('2025-03-01');
const en = makeI18n('en');
const de = makeI18n('de');
const name = (id: string) => id.toUpperCase();

/** The single row for `parties` on `issue` as of `at`. */
function row(parties: string[], issue: string, asOf = at): GroundRow {
  const table = commonGroundTable(index, parties, [issue], asOf);
  expect(table.rows).toHaveLength(1);
  return table.rows[0]!;
}
const ids = (r: GroundRow) => r.outcomes.map((o) => o.id);

describe('commonGroundTable', () => {
  it('gives no rows and a zero tally for an empty selection', () => {
    for (const [parties, issues] of [
      [[], ['nato']],
      [['ua'], []],
      [[], []],
    ]) {
      const table = commonGroundTable(index, parties!, issues!, at);
      expect(table.rows).toEqual([]);
      expect(table.tally).toEqual({ total: 0, common: 0, blocked: 0, deadlock: 0, few: 0 });
    }
  });

  it('keeps the issue order given, skips unknown ids and counts a party once', () => {
    const table = commonGroundTable(
      index,
      ['us', 'eu', 'us', 'nobody'],
      ['sanctions', 'nope', 'nato'],
      at,
    );
    expect(table.parties).toEqual(['us', 'eu']);
    expect(table.rows.map((r) => r.issue.id)).toEqual(['sanctions', 'nato']);
  });

  it('lists common outcomes in scale order when at least two parties have a position', () => {
    const r = row(['us', 'eu'], 'nato');
    expect(r).toMatchObject({ status: 'common', blockers: [], known: ['us', 'eu'], unknown: [] });
    expect(ids(r)).toEqual(['long-term']);
  });

  it('keeps the dataset order of outcomes on an unordered issue', () => {
    // Russia lists "lift" before "ease"; the dataset lists keep · ease · lift.
    const r = row(['ru', 'us'], 'sanctions');
    expect(r.status).toBe('common');
    expect(ids(r)).toEqual(['ease', 'lift']);
  });

  it('names the blocker when removing one party would open common ground', () => {
    const r = row(['us', 'eu', 'ru'], 'nato');
    expect(r).toMatchObject({ status: 'blocked', blockers: ['ru'], outcomes: [] });
  });

  it('calls it a deadlock when no single party blocks', () => {
    const r = row(['ua', 'ru', 'us'], 'nato');
    expect(r).toMatchObject({ status: 'deadlock', blockers: [], outcomes: [] });
  });

  it('shows one party its own accepted set, with too few positions for common ground', () => {
    const r = row(['us'], 'nato');
    expect(r).toMatchObject({ status: 'few', known: ['us'], unknown: [] });
    expect(ids(r)).toEqual(['long-term', 'guarantees']);
  });

  it('marks every party silent when none has spoken yet', () => {
    const r = row(['ua', 'ru'], 'nato', day('2021-01-01'));
    expect(r).toMatchObject({ status: 'few', known: [], unknown: ['ua', 'ru'], outcomes: [] });
  });

  it('lists the silent parties next to common ground among the others', () => {
    const r = row(['us', 'hu', 'eu'], 'nato');
    expect(r).toMatchObject({ status: 'common', unknown: ['hu'], known: ['us', 'eu'] });
  });

  it('moves with the date', () => {
    // Before Russia's March 2022 statements only the US and the EU had spoken: both "keep".
    expect(row(['us', 'eu', 'ru'], 'sanctions', day('2022-02-28')).status).toBe('common');
    expect(row(['us', 'eu', 'ru'], 'sanctions', day('2022-04-01')).status).not.toBe('common');
  });
});

describe('tallyRows', () => {
  it('counts each status', () => {
    const table = commonGroundTable(index, ['us', 'eu', 'ru'], ['nato', 'sanctions'], at);
    expect(tallyRows(table.rows)).toEqual(table.tally);
    expect(table.tally.total).toBe(2);
    expect(table.tally.common + table.tally.blocked + table.tally.deadlock).toBe(2);
  });
});

describe('rowText', () => {
  it('puts a blocked row in words, with the symbol beside the status word', () => {
    const text = rowText(row(['us', 'eu', 'ru'], 'nato'), false, name, en);
    expect(text).toMatchObject({ symbol: '✗', status: 'blocked', obstacle: 'blocked by RU' });
  });

  it('explains a deadlock and lists silent parties', () => {
    const text = rowText(row(['ua', 'ru', 'us', 'hu'], 'nato'), false, name, en);
    expect(text).toMatchObject({ symbol: '⊘', status: 'deadlock', silent: 'no position: HU' });
    expect(text.obstacle).toMatch(/at least two parties/);
  });

  it('gives common outcome labels and no obstacle', () => {
    const text = rowText(row(['ru', 'us'], 'sanctions'), false, name, en);
    expect(text).toMatchObject({ symbol: '✓', outcomes: ['ease', 'lift'], obstacle: '' });
  });

  it('says when only one of several parties has a position', () => {
    const text = rowText(row(['us', 'hu'], 'nato'), false, name, en);
    expect(text).toMatchObject({
      symbol: '?',
      status: 'too few positions',
      outcomesNote: 'only US has a position:',
    });
  });

  it('speaks of a single selected party’s own position, and of red lines only', () => {
    expect(rowText(row(['us'], 'nato'), true, name, en)).toMatchObject({
      status: 'own position',
      outcomesNote: '',
    });
    expect(rowText(row(['hu'], 'sanctions'), true, name, en)).toMatchObject({
      outcomes: [],
      outcomesNote: 'HU accepts nothing here (red lines only)',
    });
    expect(rowText(row(['hu'], 'nato'), true, name, de)).toMatchObject({
      status: 'keine Position',
      silent: 'keine Position: HU',
    });
  });
});

describe('tallyText', () => {
  it('counts common ground and breaks down the rest', () => {
    const table = commonGroundTable(index, ['ua', 'ru', 'us'], ['nato', 'sanctions'], at);
    expect(tallyText(table, name, en)).toEqual({
      headline: 'Common ground on 1 of 2 issues',
      breakdown: '1 deadlocked',
    });
    expect(tallyText(table, name, de).headline).toBe('Gemeinsame Basis bei 1 von 2 Streitfragen');
  });

  it('uses the singular for one issue and a per-party count for one party', () => {
    const one = commonGroundTable(index, ['us', 'eu'], ['nato'], at);
    expect(tallyText(one, name, en).headline).toBe('Common ground on 1 of 1 issue');
    const single = commonGroundTable(index, ['hu'], ['nato', 'sanctions'], at);
    expect(tallyText(single, name, en)).toEqual({
      headline: 'HU has a position on 1 of 2 issues',
      breakdown: '',
    });
  });
});
