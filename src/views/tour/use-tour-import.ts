import { useState } from 'react';
import { loadError, type LoadError } from '../../data/load-error';
import { MAX_TOUR_STEPS, parseTour, type TourFile } from '../../data/tour-file';
import { appendSteps, type TeacherTour } from '../../state/tour-store';

/** A tour file is a few kilobytes; anything far larger is not one. */
export const MAX_TOUR_FILE_MB = 2;

/** Where an import stands: nothing is changed until the reader confirms a valid file. */
export type ImportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'errors'; readonly file: string; readonly errors: readonly LoadError[] }
  | {
      readonly phase: 'confirm';
      readonly file: string;
      readonly tour: TourFile;
      /** The tour names another dataset than the one loaded. */
      readonly otherDataset: boolean;
      /** The teacher's tour has steps: replace them or append? */
      readonly existing: boolean;
      /** Appending would exceed the limit (set after a refused append). */
      readonly tooMany?: number | undefined;
    };

export type ImportMode = 'replace' | 'append';

export interface TourImport {
  readonly state: ImportState;
  readonly choose: (file: File) => Promise<void>;
  readonly confirm: (mode: ImportMode) => void;
  readonly cancel: () => void;
}

/** The file's text; FileReader rather than `Blob.text()`, which older Safari lacks. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

async function readTour(file: File) {
  if (file.size > MAX_TOUR_FILE_MB * 1024 * 1024) {
    const size = (file.size / 1024 / 1024).toFixed(1);
    return {
      ok: false as const,
      errors: [loadError('$', 'validation.tooLarge', { size, limit: MAX_TOUR_FILE_MB })],
    };
  }
  let text: string;
  try {
    text = await readText(file);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false as const, errors: [loadError('$', 'tour.import.unreadable', { detail })] };
  }
  return parseTour(text);
}

/**
 * Importing a tour file: validate, show every located error, warn about another dataset, ask
 * before replacing or appending to a tour that has steps. `onDone` hears how many steps came in.
 */
export function useTourImport(
  tour: TeacherTour,
  dataset: string,
  onDone: (count: number) => void,
): TourImport {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const finish = (steps: TourFile['steps'], count: number) => {
    tour.replace(steps);
    setState({ phase: 'idle' });
    onDone(count);
  };
  const choose = async (file: File) => {
    const parsed = await readTour(file);
    if (!parsed.ok) return setState({ phase: 'errors', file: file.name, errors: parsed.errors });
    const otherDataset = parsed.tour.dataset !== dataset;
    // A damaged stored tour has no readable steps: importing over it is a fresh start.
    const existing = tour.steps.length > 0;
    if (!otherDataset && !existing) return finish(parsed.tour.steps, parsed.tour.steps.length);
    setState({ phase: 'confirm', file: file.name, tour: parsed.tour, otherDataset, existing });
  };
  const confirm = (mode: ImportMode) => {
    if (state.phase !== 'confirm') return;
    const incoming = state.tour.steps;
    if (mode === 'replace') return finish(incoming, incoming.length);
    const total = tour.steps.length + incoming.length;
    if (total > MAX_TOUR_STEPS) return setState({ ...state, tooMany: total });
    finish(appendSteps(tour.steps, incoming), incoming.length);
  };
  return { state, choose, confirm, cancel: () => setState({ phase: 'idle' }) };
}
