import fc from 'fast-check';
import {
  decodeTour,
  encodeTour,
  MAX_TOUR_STEPS,
  parseTour,
  validateTour,
  type TourFile,
} from '../../../src/data/tour-file';
import type { IsoDate, TourStep } from '../../../src/model/types';

const step = (id: string, title = 'Where they stand'): TourStep => ({
  id,
  title: { en: title },
  body: { en: 'Look at the border row.' },
  state: { route: '/matrix', at: '2022-03-01' as IsoDate, parties: ['north', 'south'] },
});

const tour = (steps: readonly TourStep[] = [step('step-1')]): TourFile => ({
  kind: 'common-ground-tour',
  version: 1,
  dataset: 'mini',
  steps,
});

/** The located errors of a result, as `path: key`. */
function located(result: ReturnType<typeof validateTour>): string[] {
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.key}`);
}

describe('validateTour', () => {
  it('accepts a tour and returns it unchanged', () => {
    const input = tour([step('step-1'), { ...step('intro'), question: { en: 'Who moved?' } }]);
    expect(validateTour(input)).toEqual({ ok: true, tour: input });
  });

  it('accepts an empty tour', () => {
    expect(validateTour(tour([])).ok).toBe(true);
  });

  it('names the file kind, version and dataset id when they are wrong', () => {
    expect(
      located(validateTour({ kind: 'dataset', version: 2, dataset: 'Mini', steps: [] })),
    ).toEqual([
      '$.kind: validation.literal',
      '$.version: validation.literal',
      '$.dataset: validation.id',
    ]);
  });

  it('locates each bad step field by its JSON path', () => {
    const bad = {
      ...tour(),
      steps: [
        step('step-1'),
        { id: 'Step 2', title: { en: 'x' }, body: {}, state: { at: '2022-02-30' } },
        { id: 'step-3', title: 'plain text', body: {}, state: { mode: 'pie' } },
      ],
    };
    expect(located(validateTour(bad))).toEqual([
      '$.steps[1].id: validation.id',
      '$.steps[1].state.at: validation.date',
      '$.steps[2].title: validation.type',
      '$.steps[2].state.mode: validation.enum',
    ]);
  });

  it('says what is missing, in English and German', () => {
    const result = validateTour({ ...tour(), steps: [{ id: 'step-1', body: {}, state: {} }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({
      path: '$.steps[0].title',
      message: { en: 'This field is required.', de: 'Dieses Feld ist erforderlich.' },
    });
  });

  it('refuses two steps with the same id, at the second', () => {
    const result = validateTour(tour([step('a'), step('b'), step('a')]));
    expect(located(result)).toEqual(['$.steps[2].id: validation.duplicateId']);
    if (!result.ok)
      expect(result.errors[0]?.message.en).toBe(
        'The id “a” is used more than once among the tour steps.',
      );
  });

  it(`refuses more than ${MAX_TOUR_STEPS} steps`, () => {
    const many = Array.from({ length: MAX_TOUR_STEPS + 1 }, (_, i) => step(`step-${i + 1}`));
    expect(validateTour(tour(many.slice(0, MAX_TOUR_STEPS))).ok).toBe(true);
    expect(located(validateTour(tour(many)))).toEqual(['$.steps: validation.tooBig']);
  });

  it.each([null, undefined, 42, 'tour', [], {}])('reports %j as errors, never throws', (input) => {
    const result = validateTour(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });
});

describe('parseTour', () => {
  it('reads a tour file as written by Export', () => {
    const input = tour();
    expect(parseTour(JSON.stringify(input, null, 2))).toEqual({ ok: true, tour: input });
  });

  it('reports text that is not JSON at the root', () => {
    const result = parseTour('{"kind": "common-ground-tour",');
    expect(located(result)).toEqual(['$: validation.json']);
    if (!result.ok)
      expect(result.errors[0]?.message.de).toMatch(/^Die Datei ist kein gültiges JSON: /);
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(typeof parseTour(text).ok).toBe('boolean');
      }),
    );
  });
});

describe('encodeTour / decodeTour', () => {
  it('round-trips non-ASCII text and stays URL-safe', () => {
    const input = tour([
      { ...step('step-1', 'Kyjiw – Ü'), body: { de: 'Gespräche in Istanbul „jetzt“ 🕊️' } },
    ]);
    const encoded = encodeTour(input);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeTour(encoded)).toEqual({ ok: true, tour: input });
  });

  it('round-trips any titles and notes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), (title, body) => {
        const input = tour([{ ...step('step-1'), title: { en: title }, body: { de: body } }]);
        expect(decodeTour(encodeTour(input))).toEqual({ ok: true, tour: input });
      }),
    );
  });

  it.each([
    ['empty', ''],
    ['not base64', '!!!'],
    ['base64 of text that is not JSON', 'aGVsbG8'],
    ['bytes that are not UTF-8', '_w'],
    ['valid JSON that is not a tour', encodeTour({ ...tour(), kind: 'x' } as unknown as TourFile)],
  ])('reports %s as errors, never throws', (_, raw) => {
    const result = decodeTour(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toMatch(/^\$/);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        expect(typeof decodeTour(raw).ok).toBe('boolean');
      }),
    );
  });
});
