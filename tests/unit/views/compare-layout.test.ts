import { validateDataset } from '../../../src/data/validate';
import { buildIndex } from '../../../src/model/dataset-index';
import type { CellChange } from '../../../src/model/diff';
import type { IsoDate } from '../../../src/model/types';
import { changeText, countText, stanceText } from '../../../src/views/compare/change-text';
import { compareDates, compareLayout, dateSpan } from '../../../src/views/compare/compare-layout';
import {
  defaultCompare,
  monthsEarlier,
  parseCompareInput,
} from '../../../src/views/controls/compare-choices';
import { miniDataset } from '../../fixtures/mini-dataset';

const result = validateDataset(miniDataset());
if (!result.ok) throw new Error('fixture invalid');
const index = buildIndex(result.dataset);
const d = (s: string) => s as IsoDate;
const change = (party: string, issue: string): CellChange => ({
  party,
  issue,
  kind: 'new',
  before: undefined,
  after: undefined,
});

describe('dateSpan', () => {
  it('puts the earlier date first, whichever parameter holds it', () => {
    expect(dateSpan(d('2024-12-31'), d('2022-01-01'))).toEqual({
      from: '2022-01-01',
      to: '2024-12-31',
    });
    expect(dateSpan(d('2022-01-01'), d('2024-12-31'))).toEqual({
      from: '2022-01-01',
      to: '2024-12-31',
    });
    expect(dateSpan(d('2023-05-05'), d('2023-05-05'))).toEqual({
      from: '2023-05-05',
      to: '2023-05-05',
    });
  });
});

describe('compareLayout', () => {
  const parties = ['a', 'b', 'c'];
  const issues = ['x', 'y', 'z'];

  it('keeps only rows and columns with a change, in the selection order', () => {
    const layout = compareLayout([change('c', 'z'), change('a', 'x')], parties, issues);
    expect(layout.issues).toEqual(['x', 'z']);
    expect(layout.parties).toEqual(['a', 'c']);
    expect(layout.cells.map((row) => row.map((c) => c && `${c.party}/${c.issue}`))).toEqual([
      ['a/x', undefined],
      [undefined, 'c/z'],
    ]);
    expect(layout.unchangedIssues).toBe(1);
    expect(layout.unchangedParties).toBe(1);
  });

  it('keeps everything when every row and column changed', () => {
    const all = issues.map((i, n) => change(parties[n]!, i));
    const layout = compareLayout(all, parties, issues);
    expect(layout.issues).toEqual(issues);
    expect(layout.parties).toEqual(parties);
    expect([layout.unchangedIssues, layout.unchangedParties]).toEqual([0, 0]);
  });

  it('is empty without changes, and for an empty selection', () => {
    expect(compareLayout([], parties, issues)).toEqual({
      issues: [],
      parties: [],
      cells: [],
      unchangedIssues: 3,
      unchangedParties: 3,
    });
    expect(compareLayout([], [], []).cells).toEqual([]);
  });
});

describe('compareDates', () => {
  const parties = ['north', 'south', 'league'];
  const issues = ['border', 'alliance'];
  const row = (c: CellChange) => `${c.issue}/${c.party} ${c.kind}`;

  it('diffs from the earlier to the later date, in either parameter order', () => {
    const forward = compareDates(
      index,
      parties,
      issues,
      d('2024-07-01'),
      d('2022-12-31'),
      'reported',
    );
    const backward = compareDates(
      index,
      parties,
      issues,
      d('2022-12-31'),
      d('2024-07-01'),
      'reported',
    );
    expect(forward.changes.map(row)).toEqual(['border/south softened', 'alliance/north new']);
    expect(backward.changes.map(row)).toEqual(forward.changes.map(row));
    expect(forward.span).toEqual({ from: '2022-12-31', to: '2024-07-01' });
    expect(forward.layout.parties).toEqual(['north', 'south']);
  });

  it('follows the reliability filter', () => {
    const official = compareDates(
      index,
      parties,
      issues,
      d('2022-12-31'),
      d('2024-07-01'),
      'official',
    );
    expect(official.changes.map(row)).toEqual(['border/south new', 'alliance/north new']);
  });
});

describe('change texts', () => {
  const border = index.issues.get('border')!;
  const s1 = index.statements.get('s1')!;
  const s3 = index.statements.get('s3')!;

  it('say a stance in words, preferred first, with its date', () => {
    expect(stanceText(s3, border, 'en')).toBe(
      'prefers Old line; accepts Front line; stated 14 June 2024',
    );
    expect(stanceText(s1, border, 'de')).toBe(
      'bevorzugt Alte Linie; lehnt ab: Neue Linie; geäußert am 1. März 2022',
    );
    expect(stanceText(undefined, border, 'en')).toBe('no position');
  });

  it('say a withdrawn position as such', () => {
    const withdrawn = { ...s1, id: 'w', accepts: [], rejects: [] };
    expect(stanceText(withdrawn, border, 'en')).toBe('position withdrawn (1 March 2022)');
  });

  it('put a change as before → after in words', () => {
    const text = changeText(
      { party: 'south', issue: 'border', kind: 'softened', before: s1, after: s3 },
      border,
      'en',
    );
    expect(text).toBe(
      'softened: from “prefers Old line; rejects New line; stated 1 March 2022” to ' +
        '“prefers Old line; accepts Front line; stated 14 June 2024”',
    );
  });

  it('count in the right grammatical number', () => {
    expect(countText('en', 'issues', 1)).toBe('1 issue');
    expect(countText('en', 'parties', 0)).toBe('0 parties');
    expect(countText('de', 'positions', 2)).toBe('2 Positionen');
    expect(countText('de', 'parties', 1)).toBe('1 Partei');
    expect(countText('en', 'positions', 1200)).toBe('1,200 positions');
  });
});

describe('compare choices', () => {
  const first = d('2022-03-01');
  const last = d('2024-12-31');

  it('count back from the "as of" date, inside the dataset', () => {
    expect(monthsEarlier(d('2024-06-14'), 12, first, last)).toBe('2023-06-14');
    expect(monthsEarlier(d('2024-03-31'), 1, first, last)).toBe('2024-02-29');
    expect(monthsEarlier(d('2022-06-01'), 12, first, last)).toBe(first);
    expect(monthsEarlier(first, 12, first, last)).toBeUndefined();
  });

  it('offer a year earlier when comparing starts, else the last day, else nothing', () => {
    expect(defaultCompare(d('2024-06-14'), first, last)).toBe('2023-06-14');
    expect(defaultCompare(first, first, last)).toBe(last);
    expect(defaultCompare(first, first, first)).toBeUndefined();
  });

  it('accept only real days inside the dataset', () => {
    expect(parseCompareInput('2023-05-05', first, last)).toBe('2023-05-05');
    expect(parseCompareInput(first, first, last)).toBe(first);
    for (const bad of ['', '2023-02-30', '2023-05', '0002-05-05', '2030-01-01', 'x', '2022-02-28'])
      expect(parseCompareInput(bad, first, last), bad).toBeUndefined();
  });
});
