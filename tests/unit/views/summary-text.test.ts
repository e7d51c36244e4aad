import { validateDataset } from '../../../src/data/validate';
import type { Lang } from '../../../src/i18n/i18n';
import { buildIndex } from '../../../src/model/dataset-index';
import type { DatasetIndex } from '../../../src/model/dataset-index';
import type { IsoDate } from '../../../src/model/types';
import { viewSummaryText } from '../../../src/views/matrix/summary-text';
import type { ViewSummaryInput } from '../../../src/views/matrix/summary-text';
import { cappedList } from '../../../src/views/matrix/summary-words';
import { miniDataset } from '../../fixtures/mini-dataset';

function indexOf(raw: unknown): DatasetIndex {
  const result = validateDataset(raw);
  if (!result.ok) throw new Error('the dataset must be valid');
  return buildIndex(result.dataset);
}

const mini = indexOf(miniDataset());
// South takes a stance on the alliance that clashes with North's: two parties block together.
const base = miniDataset();
const clash = indexOf({
  ...base,
  statements: [
    ...base.statements,
    {
      id: 's6',
      date: '2024-12-01',
      party: 'south',
      issue: 'alliance',
      accepts: ['join'],
      rejects: ['neutral'],
      summary: { en: 'South wants to join.', de: 'Süd will beitreten.' },
      sources: ['src-a'],
      reliability: 'official',
    },
  ],
});

const PARTIES = ['north', 'south', 'league'];
const ISSUES = ['border', 'alliance'];
const day = (s: string) => s as IsoDate;

function say(input: Partial<ViewSummaryInput>, lang: Lang, index = mini): string {
  return viewSummaryText(
    { index, mode: 'positions', parties: PARTIES, issues: ISSUES, at: day('2024-12-31'), ...input },
    lang,
  );
}

describe('viewSummaryText: positions', () => {
  it('changes with the date (English)', () => {
    expect(say({ at: day('2024-06-14') }, 'en')).toBe(
      'As of 14 June 2024, North, South, and League have no common ground on any of the 2 issues. ' +
        'No common ground on Border. ' +
        'Fewer than two parties have a position on Alliance.',
    );
    expect(say({ at: day('2024-12-31') }, 'en')).toBe(
      'As of 31 December 2024, North, South, and League have common ground on 1 of 2 issues. ' +
        'All parties with a position accept “Neutral” on Alliance. ' +
        'No common ground on Border. ' +
        'No stated position yet: South on 1 issue and League on 1 issue.',
    );
  });

  it('changes with the date (German)', () => {
    expect(say({ at: day('2024-06-14') }, 'de')).toBe(
      'Stand 14. Juni 2024: Bei keiner der 2 Streitfragen haben Nord, Süd und Liga eine gemeinsame Basis. ' +
        'Keine gemeinsame Basis beim Thema Grenze. ' +
        'Beim Thema Bündnis haben weniger als zwei Parteien eine Position.',
    );
    expect(say({ at: day('2024-12-31') }, 'de')).toBe(
      'Stand 31. Dezember 2024: Bei 1 von 2 Streitfragen haben Nord, Süd und Liga eine gemeinsame Basis. ' +
        'Alle Parteien mit Position akzeptieren „Neutral“ beim Thema Bündnis. ' +
        'Keine gemeinsame Basis beim Thema Grenze. ' +
        'Noch ohne erklärte Position: Süd bei 1 Streitfrage und Liga bei 1 Streitfrage.',
    );
  });

  it('speaks about one issue directly', () => {
    const one = { issues: ['alliance'] };
    expect(say({ ...one, at: day('2024-06-14') }, 'en')).toBe(
      'As of 14 June 2024, only North has a position on Alliance.',
    );
    expect(say({ ...one, at: day('2024-06-14') }, 'de')).toBe(
      'Stand 14. Juni 2024: Beim Thema Bündnis hat nur Nord eine Position.',
    );
    expect(say(one, 'en')).toBe(
      'As of 31 December 2024, North and League both accept “Neutral” on Alliance. ' +
        'No position yet: South.',
    );
    expect(say(one, 'de')).toBe(
      'Stand 31. Dezember 2024: Beim Thema Bündnis akzeptieren Nord und Liga beide „Neutral“. ' +
        'Noch ohne Position: Süd.',
    );
  });

  it('names who blocks, listing blocked issues first', () => {
    expect(say({ issues: ['alliance'] }, 'en', clash)).toBe(
      'As of 31 December 2024, North, South, and League have no common ground on Alliance ' +
        '(North and South each block it).',
    );
    expect(say({ issues: ['alliance'] }, 'de', clash)).toBe(
      'Stand 31. Dezember 2024: Beim Thema Bündnis haben Nord, Süd und Liga keine gemeinsame Basis ' +
        '(Nord und Süd blockieren, jede für sich).',
    );
    expect(say({}, 'en', clash)).toContain(
      'No common ground on Alliance (North and South each block it) and Border.',
    );
    expect(say({}, 'de', clash)).toContain(
      'Keine gemeinsame Basis bei den Themen Bündnis (Nord und Süd blockieren, jede für sich) und Grenze.',
    );
  });

  it('describes a single party, with a month-precision date', () => {
    const single = { parties: ['south'], at: day('2022-03') };
    expect(say(single, 'en')).toBe(
      'As of March 2022, South has a position on 1 of 2 issues. ' +
        'South accepts “Old line” on Border. No position yet on Alliance.',
    );
    expect(say(single, 'de')).toBe(
      'Stand März 2022: Zu 1 von 2 Streitfragen hat Süd eine Position. ' +
        'Süd akzeptiert „Alte Linie“ beim Thema Grenze. Noch keine Position beim Thema Bündnis.',
    );
    expect(say({ parties: ['north'], issues: ['alliance'] }, 'de')).toBe(
      'Stand 31. Dezember 2024: Beim Thema Bündnis akzeptiert Nord „Neutral“.',
    );
  });

  it('asks for a selection when there is none', () => {
    expect(say({ parties: [] }, 'en')).toBe(
      'Choose at least one party and one issue to get a summary.',
    );
    expect(say({ issues: [], mode: 'compare', compare: day('2022-01-01') }, 'de')).toBe(
      'Wählen Sie mindestens eine Partei und eine Streitfrage, um eine Zusammenfassung zu erhalten.',
    );
  });
});

describe('viewSummaryText: overlap', () => {
  const pair = { mode: 'overlap', parties: ['north', 'south'], overlapIssue: 'border' } as const;

  it('explains one pair on one issue, and changes with the date', () => {
    expect(say({ ...pair, at: day('2022-03-15') }, 'en')).toBe(
      'As of 15 March 2022, North and South are in conflict on Border: nothing is acceptable to both, ' +
        'and their closest outcomes are 2 steps apart on the scale.',
    );
    expect(say({ ...pair, at: day('2024-06-14') }, 'en')).toBe(
      'As of 14 June 2024, North and South are in conflict on Border: nothing is acceptable to both, ' +
        'though their closest outcomes are neighbours on the scale.',
    );
    expect(say({ ...pair, at: day('2022-03-15') }, 'de')).toBe(
      'Stand 15. März 2022: Beim Thema Grenze stehen Nord und Süd im Konflikt – nichts ist für beide ' +
        'annehmbar, und ihre nächstgelegenen Optionen liegen auf der Skala 2 Stufen auseinander.',
    );
    expect(say({ ...pair, at: day('2024-06-14') }, 'de')).toBe(
      'Stand 14. Juni 2024: Beim Thema Grenze stehen Nord und Süd im Konflikt – nichts ist für beide ' +
        'annehmbar, doch ihre nächstgelegenen Optionen sind auf der Skala Nachbarn.',
    );
  });

  it('counts and lists the pairs of each kind, summed over issues', () => {
    const summed = { mode: 'overlap', overlapIssue: undefined } as const;
    expect(say({ ...summed, at: day('2024-06-14') }, 'en')).toBe(
      'As of 14 June 2024, across 2 issues, 1 pair is mostly in conflict and 2 pairs cannot be ' +
        'judged yet. Mostly in conflict: North – South.',
    );
    expect(say(summed, 'en')).toBe(
      'As of 31 December 2024, across 2 issues, 1 pair mostly overlaps, 1 pair is mostly in conflict, ' +
        'and 1 pair cannot be judged yet. Mostly overlap: North – League. ' +
        'Mostly in conflict: North – South.',
    );
    expect(say(summed, 'de')).toBe(
      'Stand 31. Dezember 2024, über 2 Streitfragen: 1 Paar hat überwiegend Schnittmengen, ' +
        '1 Paar steht überwiegend im Konflikt und 1 Paar ist noch offen. ' +
        'Überwiegend Schnittmengen: Nord – Liga. Überwiegend im Konflikt: Nord – Süd.',
    );
  });

  it('sums two parties issue by issue', () => {
    const two = { mode: 'overlap', parties: ['north', 'league'] } as const;
    expect(say({ ...two, at: day('2024-06-14') }, 'en')).toBe(
      'As of 14 June 2024, North and League cannot be compared on any of the 2 issues yet.',
    );
    expect(say(two, 'en')).toBe(
      'As of 31 December 2024, North and League overlap on 1 and cannot be compared on 1 of the ' +
        '2 issues. They overlap on Alliance.',
    );
    expect(say(two, 'de')).toBe(
      'Stand 31. Dezember 2024, über 2 Streitfragen: Nord und Liga haben bei 1 eine Schnittmenge ' +
        'und sind bei 1 nicht vergleichbar. Schnittmenge bei: Bündnis.',
    );
  });

  it('needs two parties', () => {
    expect(say({ mode: 'overlap', parties: ['north'] }, 'en')).toBe(
      'Choose at least two parties to see how they relate.',
    );
  });
});

describe('viewSummaryText: compare', () => {
  const compare = (at: string, other: string) =>
    ({ mode: 'compare', at: day(at), compare: day(other) }) as const;

  it('says what changed, earlier date first, whichever way round the dates are given', () => {
    expect(say(compare('2022-03-15', '2024-12-31'), 'en', clash)).toBe(
      'Between 15 March 2022 and 31 December 2024, 4 positions changed: 1 softened and 3 new. ' +
        'Softened: South on Border. New: North on Alliance, South on Alliance, and League on Alliance.',
    );
    expect(say(compare('2024-12-31', '2022-03-15'), 'de', clash)).toBe(
      'Im Zeitraum 15. März 2022 bis 31. Dezember 2024 haben sich 4 Positionen geändert: ' +
        '1 aufgeweicht und 3 neu. Aufgeweicht: Süd beim Thema Grenze. ' +
        'Neu: Nord beim Thema Bündnis, Süd beim Thema Bündnis und Liga beim Thema Bündnis.',
    );
  });

  it('handles one change, one kind, and none', () => {
    expect(say(compare('2024-12-31', '2024-10-01'), 'en')).toBe(
      'Between 1 October 2024 and 31 December 2024, one position changed. New: League on Alliance.',
    );
    expect(say(compare('2024-12-31', '2022-01-01'), 'de')).toBe(
      'Im Zeitraum 1. Januar 2022 bis 31. Dezember 2024 haben sich 4 Positionen geändert, alle neu. ' +
        'Neu: Nord beim Thema Grenze, Süd beim Thema Grenze und 2 weitere Positionen.',
    );
    expect(say(compare('2024-12-31', '2024-12-01'), 'en')).toBe(
      'Between 1 December 2024 and 31 December 2024, no position of the selected parties changed.',
    );
  });

  it('falls back to positions without a second date', () => {
    expect(say({ mode: 'compare' }, 'en')).toBe(say({}, 'en'));
  });
});

describe('cappedList', () => {
  it.each([
    ['en', ['A'], 'A'],
    ['en', ['A', 'B', 'C'], 'A, B, and C'],
    ['en', ['A', 'B', 'C', 'D'], 'A, B, and 2 more issues'],
    ['en', ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'], 'A, B, and 7 more issues'],
    ['de', ['A', 'B', 'C', 'D'], 'A, B und 2 weiteren Streitfragen'],
  ] as const)('%s %o → %s', (lang, items, text) => {
    expect(cappedList(items, 'issues', lang)).toBe(text);
  });
});
