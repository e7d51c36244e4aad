import { positionOf, UNKNOWN } from '../../../src/model/position';
import type { Issue, IsoDate, Statement } from '../../../src/model/types';
import { describePosition, headline } from '../../../src/views/matrix/cell-text';

const issue: Issue = {
  id: 'border',
  name: { en: 'Border' },
  question: { en: '?' },
  ordered: true,
  outcomes: ['old', 'front', 'new'].map((id) => ({
    id,
    label: { en: `${id} line`, de: `${id}-Linie` },
  })),
};
const statement = (accepts: string[], rejects: string[] = [], prefers?: string): Statement => ({
  id: `s-${accepts.join()}-${rejects.join()}`,
  date: '2024-06-14' as IsoDate,
  party: 'p',
  issue: 'border',
  accepts,
  rejects,
  prefers,
  summary: { en: '' },
  sources: ['x'],
  reliability: 'official',
});

describe('describePosition', () => {
  it('says everything the cell draws, in scale order', () => {
    const text = describePosition(
      positionOf(statement(['new', 'old'], ['front'], 'old')),
      issue,
      'en',
    );
    expect(text).toBe(
      'prefers old line; accepts new line; rejects front line; stated 14 June 2024',
    );
  });

  it('tells red lines only apart from a withdrawn position', () => {
    expect(describePosition(positionOf(statement([], ['new'])), issue, 'en')).toMatch(
      /^red lines only; rejects new line/,
    );
    expect(describePosition(positionOf(statement([], [])), issue, 'de')).toBe(
      'Position zurückgezogen (14. Juni 2024)',
    );
    expect(headline(positionOf(statement([], [])), issue, 'en')).toBe('withdrawn');
  });

  it('says when nothing is known', () => {
    expect(describePosition(UNKNOWN, issue, 'en')).toBe('no statement yet');
    expect(headline(UNKNOWN, issue, 'en')).toBe('–');
  });

  // WCAG 2.5.3 (label in name): speech users say what they see, so the cell's accessible name
  // must contain the words it shows.
  it.each(['en', 'de'] as const)('contains the words the cell shows (%s)', (lang) => {
    const words = (text: string) => text.replace(/[^\p{L}\p{N} -]/gu, '').trim();
    const positions = [
      positionOf(statement(['new', 'old'], ['front'], 'old')),
      positionOf(statement(['new', 'old'], ['front'])),
      positionOf(statement(['front'])),
      positionOf(statement([], ['new'])),
      positionOf(statement([], [])),
    ];
    for (const position of positions)
      expect(describePosition(position, issue, lang)).toContain(
        words(headline(position, issue, lang)),
      );
  });
});
