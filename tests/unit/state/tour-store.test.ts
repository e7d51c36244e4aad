import { act, renderHook } from '@testing-library/react';
import { vi } from 'vitest';
import { MAX_TOUR_STEPS, type TourFile } from '../../../src/data/tour-file';
import type { IsoDate, TourStep } from '../../../src/model/types';
import {
  appendSteps,
  damagedTourText,
  moveStep,
  nextStepId,
  resetTourCache,
  tourStorageKey,
  useTeacherTour,
} from '../../../src/state/tour-store';

const step = (id: string, title = id): TourStep => ({
  id,
  title: { en: title },
  body: {},
  state: { route: '/', at: '2022-03-01' as IsoDate },
});
const ids = (steps: readonly TourStep[]) => steps.map((s) => s.id);
const stored = (dataset = 'mini') =>
  JSON.parse(localStorage.getItem(tourStorageKey(dataset)) ?? 'null') as TourFile | null;

/** The hook for `dataset`, as a fresh page would see it after `resetTourCache`. */
const tourOf = (dataset = 'mini') => renderHook(() => useTeacherTour(dataset)).result;

beforeEach(() => {
  localStorage.clear();
  resetTourCache();
});
afterEach(() => vi.unstubAllGlobals());

describe('useTeacherTour', () => {
  it('starts empty, with no problem', () => {
    expect(tourOf().current).toMatchObject({ steps: [], problem: undefined });
  });

  it('adds steps in order and keeps them in localStorage as a tour file', () => {
    const tour = tourOf();
    act(() => void tour.current.add(step('step-1')));
    act(() => void tour.current.add(step('step-2')));
    expect(ids(tour.current.steps)).toEqual(['step-1', 'step-2']);
    expect(stored()).toEqual({
      kind: 'common-ground-tour',
      version: 1,
      dataset: 'mini',
      steps: [step('step-1'), step('step-2')],
    });
  });

  it('reads the kept tour back after a reload', () => {
    const before = tourOf();
    act(() => void before.current.replace([step('a'), step('b')]));
    resetTourCache();
    expect(ids(tourOf().current.steps)).toEqual(['a', 'b']);
  });

  it('keeps one tour per dataset', () => {
    const mini = tourOf('mini');
    act(() => void mini.current.add(step('step-1')));
    expect(tourOf('other').current.steps).toEqual([]);
    expect(stored('other')).toBeNull();
  });

  it('renames an added step whose id is taken, so the tour still reads back', () => {
    const tour = tourOf();
    act(() => void tour.current.replace([step('step-1')]));
    act(() => void tour.current.add(step('step-1', 'second')));
    expect(ids(tour.current.steps)).toEqual(['step-1', 'step-2']);
    expect(tour.current.steps[1]?.title).toEqual({ en: 'second' });
  });

  it('updates a step’s texts, leaving its view alone', () => {
    const tour = tourOf();
    act(() => void tour.current.replace([step('a'), step('b')]));
    act(
      () => void tour.current.update('b', { title: { de: 'Zweiter' }, question: { en: 'Why?' } }),
    );
    expect(tour.current.steps[1]).toEqual({
      ...step('b'),
      title: { de: 'Zweiter' },
      question: { en: 'Why?' },
    });
    expect(stored()?.steps[1]?.title).toEqual({ de: 'Zweiter' });
  });

  it('moves a step up and down, stopping at the ends', () => {
    const tour = tourOf();
    act(() => void tour.current.replace([step('a'), step('b'), step('c')]));
    act(() => void tour.current.move('c', -1));
    expect(ids(tour.current.steps)).toEqual(['a', 'c', 'b']);
    act(() => void tour.current.move('a', -1));
    act(() => void tour.current.move('b', 1));
    expect(ids(tour.current.steps)).toEqual(['a', 'c', 'b']);
    act(() => void tour.current.move('a', 5));
    expect(ids(stored()?.steps ?? [])).toEqual(['c', 'b', 'a']);
  });

  it('removes a step and can insert it back where it was', () => {
    const tour = tourOf();
    act(() => void tour.current.replace([step('a'), step('b'), step('c')]));
    act(() => void tour.current.remove('b'));
    expect(ids(tour.current.steps)).toEqual(['a', 'c']);
    act(() => void tour.current.insert(step('b'), 1));
    expect(ids(stored()?.steps ?? [])).toEqual(['a', 'b', 'c']);
    act(() => void tour.current.insert(step('z'), 99));
    expect(ids(tour.current.steps)).toEqual(['a', 'b', 'c', 'z']);
  });

  it('replaces the whole tour, refusing more steps than a tour holds', () => {
    const tour = tourOf();
    act(() => void tour.current.replace([step('a')]));
    const many = Array.from({ length: MAX_TOUR_STEPS + 1 }, (_, i) => step(`s-${i}`));
    act(() => void tour.current.replace(many));
    expect(ids(tour.current.steps)).toEqual(['a']);
  });

  it('starts a new tour on reset', () => {
    const tour = tourOf();
    act(() => void tour.current.replace([step('a')]));
    act(() => void tour.current.reset());
    expect(tour.current.steps).toEqual([]);
    expect(localStorage.getItem(tourStorageKey('mini'))).toBeNull();
  });

  it('reports a full storage, keeping the change in this tab', () => {
    const tour = tourOf();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    let problem: string | undefined;
    act(() => void (problem = tour.current.add(step('step-1'))));
    expect(problem).toBe('full');
    expect(tour.current).toMatchObject({ problem: 'full', steps: [step('step-1')] });
    vi.mocked(Storage.prototype.setItem).mockRestore();
    act(() => void tour.current.add(step('step-2')));
    expect(tour.current.problem).toBeUndefined();
    expect(ids(stored()?.steps ?? [])).toEqual(['step-1', 'step-2']);
  });

  it('reports a browser that keeps nothing (private mode, blocked storage)', () => {
    vi.stubGlobal('localStorage', undefined);
    const tour = tourOf();
    expect(tour.current.problem).toBe('unavailable');
    act(() => void tour.current.add(step('step-1')));
    expect(tour.current).toMatchObject({ problem: 'unavailable', steps: [step('step-1')] });
  });

  it.each([
    ['text that is not JSON', '{"kind":'],
    ['JSON that is not a tour', '{"kind":"common-ground-tour","version":1,"steps":"many"}'],
    ['a tour with a bad step', JSON.stringify({ ...emptyFile(), steps: [{ id: 'Bad Id' }] })],
  ])('reports %s as damaged, and does not write over it with a step change', (_, raw) => {
    localStorage.setItem(tourStorageKey('mini'), raw);
    const tour = tourOf();
    expect(tour.current).toMatchObject({ problem: 'damaged', steps: [] });
    let problem: string | undefined;
    act(() => void (problem = tour.current.add(step('step-1'))));
    expect(problem).toBe('damaged');
    expect(localStorage.getItem(tourStorageKey('mini'))).toBe(raw);
    expect(damagedTourText('mini')).toBe(raw);
    act(() => void tour.current.replace([step('step-1')]));
    expect(tour.current).toMatchObject({ problem: undefined, steps: [step('step-1')] });
  });

  it('sees a change made in another tab', () => {
    const tour = tourOf();
    const file = { ...emptyFile(), steps: [step('from-elsewhere')] };
    localStorage.setItem(tourStorageKey('mini'), JSON.stringify(file));
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: tourStorageKey('mini') }));
    });
    expect(ids(tour.current.steps)).toEqual(['from-elsewhere']);
  });

  it('never writes a stale copy over another tab’s steps, even after a while unwatched', () => {
    const first = renderHook(() => useTeacherTour('mini'));
    act(() => void first.result.current.add(step('mine')));
    first.unmount(); // e.g. on /about, where no tour button is shown
    const file = { ...emptyFile(), steps: [step('mine'), step('from-elsewhere')] };
    localStorage.setItem(tourStorageKey('mini'), JSON.stringify(file));
    window.dispatchEvent(new StorageEvent('storage', { key: tourStorageKey('mini') }));
    const again = renderHook(() => useTeacherTour('mini'));
    act(() => void again.result.current.add(step('later')));
    expect(ids(again.result.current.steps)).toEqual(['mine', 'from-elsewhere', 'later']);
  });
});

function emptyFile(): TourFile {
  return { kind: 'common-ground-tour', version: 1, dataset: 'mini', steps: [] };
}

describe('nextStepId', () => {
  it.each([
    [[], 'step-1'],
    [['step-1', 'step-2'], 'step-3'],
    [['step-3'], 'step-2'],
    [['step-2', 'x'], 'step-3'],
    [['step-3', 'step-4', 'intro'], 'step-5'],
  ])('after %j is %s', (taken, expected) => {
    expect(nextStepId(taken.map((id) => ({ id })))).toBe(expected);
  });
});

describe('appendSteps', () => {
  it('keeps free ids and renames clashing ones', () => {
    const result = appendSteps([step('step-1'), step('intro')], [step('intro'), step('end')]);
    expect(ids(result)).toEqual(['step-1', 'intro', 'step-3', 'end']);
    expect(result[2]?.title).toEqual({ en: 'intro' });
  });

  it('renames duplicates within the incoming steps too', () => {
    expect(ids(appendSteps([], [step('a'), step('a')]))).toEqual(['a', 'step-2']);
  });
});

describe('moveStep', () => {
  const steps = [step('a'), step('b'), step('c')];
  it.each([
    ['a', 1, ['b', 'a', 'c']],
    ['c', -2, ['c', 'a', 'b']],
    ['b', 10, ['a', 'c', 'b']],
  ])('moves %s by %i', (id, delta, expected) => {
    expect(ids(moveStep(steps, id, delta))).toEqual(expected);
  });

  it.each([
    ['a', -1],
    ['c', 1],
    ['missing', 1],
  ])('returns the same array when %s cannot move by %i', (id, delta) => {
    expect(moveStep(steps, id, delta)).toBe(steps);
  });
});
