import { useMemo } from 'react';
import type { LoadError } from '../../data/load-error';
import { decodeTour } from '../../data/tour-file';
import type { DatasetIndex } from '../../model/dataset-index';
import type { TourStep } from '../../model/types';
import { useTeacherTour, type TourStorageProblem } from '../../state/tour-store';

const NO_STEPS: readonly TourStep[] = [];

/** The tour `/present` plays, and what went wrong finding it. */
export interface PresentTour {
  /** `dataset`: the dataset's own; `mine`: the teacher's stored tour; `shared`: from the link. */
  readonly kind: 'dataset' | 'mine' | 'shared';
  readonly steps: readonly TourStep[];
  /** A shared tour that could not be read (the dataset's tour plays instead). */
  readonly errors: readonly LoadError[];
  /** The dataset a shared tour was made for, when it is not the loaded one. */
  readonly madeFor: string | undefined;
  readonly storageProblem: TourStorageProblem | undefined;
}

/**
 * Resolves the URL's `tour`: none → the dataset's tour; `mine` → the teacher's stored tour; any
 * other value → a tour shared in the link, or the dataset's tour with the link's errors.
 */
export function usePresentTour(index: DatasetIndex, tour: string | undefined): PresentTour {
  const { dataset } = index;
  const mine = useTeacherTour(dataset.id);
  const shared = useMemo(
    () => (tour === undefined || tour === 'mine' ? undefined : decodeTour(tour)),
    [tour],
  );
  return useMemo(() => {
    const own = dataset.tour ?? NO_STEPS;
    const base = { errors: [], madeFor: undefined, storageProblem: undefined };
    if (tour === 'mine')
      return { ...base, kind: 'mine', steps: mine.steps, storageProblem: mine.problem };
    if (shared === undefined) return { ...base, kind: 'dataset', steps: own };
    if (!shared.ok) return { ...base, kind: 'dataset', steps: own, errors: shared.errors };
    const madeFor = shared.tour.dataset === dataset.id ? undefined : shared.tour.dataset;
    return { ...base, kind: 'shared', steps: shared.tour.steps, madeFor };
  }, [tour, dataset, mine.steps, mine.problem, shared]);
}
