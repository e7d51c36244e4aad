import { z } from 'zod';
import type { TourStep } from '../model/types';
import { fromSchemaIssue, loadError, type LoadError } from './load-error';
import { ID_PATTERN, tourStepSchema } from './schema';

/** A tour on its own: what "Export tour" writes and "Import tour" and shared links read. */
export interface TourFile {
  readonly kind: 'common-ground-tour';
  readonly version: 1;
  /** The dataset the steps were made for (their parties, issues and plans). */
  readonly dataset: string;
  readonly steps: readonly TourStep[];
}

/** Enough for a long lesson; a file beyond it is not a tour. */
export const MAX_TOUR_STEPS = 200;

const tourFileSchema = z.object({
  kind: z.literal('common-ground-tour'),
  version: z.literal(1),
  dataset: z.string().regex(ID_PATTERN, { error: 'id' }),
  steps: z.array(tourStepSchema).max(MAX_TOUR_STEPS),
});

export type TourParsed = { ok: true; tour: TourFile } | { ok: false; errors: LoadError[] };

/** Validates unknown JSON as a tour file; every problem with its JSON path. Never throws. */
export function validateTour(input: unknown): TourParsed {
  const parsed = tourFileSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.map((i) => fromSchemaIssue(i, input)) };
  const ids = new Set<string>();
  const errors: LoadError[] = [];
  parsed.data.steps.forEach((step, i) => {
    if (ids.has(step.id))
      errors.push(
        loadError(`$.steps[${i}].id`, 'validation.duplicateId', { id: step.id, kind: 'tour' }),
      );
    ids.add(step.id);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, tour: parsed.data };
}

/** Parses JSON text as a tour file. */
export function parseTour(text: string): TourParsed {
  try {
    return validateTour(JSON.parse(text));
  } catch (e) {
    return { ok: false, errors: [loadError('$', 'validation.json', { detail: String(e) })] };
  }
}

/** The tour as a URL-safe string (base64url of its JSON), for `?tour=` links. */
export function encodeTour(tour: TourFile): string {
  const bytes = new TextEncoder().encode(JSON.stringify(tour));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads a `?tour=` value; anything that is not a valid tour is an error, never a throw. */
export function decodeTour(raw: string): TourParsed {
  try {
    const binary = atob(raw.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return parseTour(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    return { ok: false, errors: [loadError('$', 'validation.json', { detail: String(e) })] };
  }
}
