import type { Dataset } from '../model/types';
import { crossCheck } from './cross-check';
import { fromSchemaIssue, loadError, type LoadError } from './load-error';
import { datasetSchema } from './schema';

export type Validated = { ok: true; dataset: Dataset } | { ok: false; errors: LoadError[] };

/** Validates unknown JSON as a dataset: schema first, then cross-references. Never throws. */
export function validateDataset(input: unknown): Validated {
  try {
    const parsed = datasetSchema.safeParse(input);
    if (!parsed.success)
      return { ok: false, errors: parsed.error.issues.map((i) => fromSchemaIssue(i, input)) };
    const errors = crossCheck(parsed.data);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, dataset: parsed.data };
  } catch (e) {
    // A defect in validation must still surface as a located error, never as a crash.
    return { ok: false, errors: [loadError('$', 'validation.json', { detail: String(e) })] };
  }
}

/** Parses JSON text and validates it. */
export function parseDataset(text: string): Validated {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      errors: [
        loadError('$', 'validation.json', { detail: e instanceof Error ? e.message : String(e) }),
      ],
    };
  }
  return validateDataset(json);
}
