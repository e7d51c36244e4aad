import type { Dataset } from '../model/types';
import { slug } from './filename';

export const JSON_MIME = 'application/json';

/** The loaded dataset as a format-v1 JSON file, named after its id and version. */
export function datasetFile(dataset: Dataset): { readonly text: string; readonly name: string } {
  return {
    text: `${JSON.stringify(dataset, null, 2)}\n`,
    name: `${slug(dataset.id) || 'dataset'}-${slug(dataset.version)}.json`,
  };
}
