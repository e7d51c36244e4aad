import { createContext, useContext } from 'react';
import type { LoadError } from '../data/load-error';
import type { LoadPhase } from '../data/load';
import type { DatasetIndex } from '../model/dataset-index';
import type { Localized } from '../model/types';

export type DatasetStatus =
  | {
      readonly status: 'loading';
      readonly progress: LoadPhase | undefined;
      /** A bundled dataset's title, from the catalog: the page can name what is loading. */
      readonly title?: Localized | undefined;
    }
  | { readonly status: 'error'; readonly errors: readonly LoadError[]; readonly source: string }
  | {
      readonly status: 'ready';
      readonly index: DatasetIndex;
      readonly file: string;
      /** The bundled catalog's current version of this dataset; `undefined` for external data. */
      readonly currentVersion?: string | undefined;
    };

export const DatasetContext = createContext<DatasetStatus>({
  status: 'loading',
  progress: undefined,
});

export function useDatasetStatus(): DatasetStatus {
  return useContext(DatasetContext);
}

/** The loaded dataset; only call inside views rendered once it is ready. */
export function useDatasetIndex(): DatasetIndex {
  const status = useContext(DatasetContext);
  if (status.status !== 'ready')
    throw new Error('useDatasetIndex called before the dataset loaded');
  return status.index;
}
