import { useCallback, useEffect, useRef, useState } from 'react';
import {
  datasetStore,
  type NewDataset,
  type StoreFailure,
  type StoredDatasetInfo,
} from '../../data/dataset-store';
import type { MessageKey, Params } from '../../i18n/i18n';
import { downloadDataset, type DownloadFormat } from './download-stored';

/** The datasets kept in this browser, as the list shows them. */
export type MyList =
  | { readonly phase: 'reading' }
  | { readonly phase: 'ready'; readonly datasets: readonly StoredDatasetInfo[] }
  | {
      readonly phase: 'failed';
      readonly failure: StoreFailure;
      /** Those kept for this visit, which memory still holds. */
      readonly datasets: readonly StoredDatasetInfo[];
    };

/** What the last action did, for the list's live region: a message, or a storage failure. */
export type ActionNote =
  { readonly key: MessageKey; readonly params: Params } | { readonly failure: StoreFailure };

export interface MyDatasets {
  readonly list: MyList;
  readonly note: ActionNote | undefined;
  readonly rename: (info: StoredDatasetInfo, name: string) => Promise<boolean>;
  /** Deletes; `true` once gone. */
  readonly remove: (info: StoredDatasetInfo) => Promise<boolean>;
  readonly download: (info: StoredDatasetInfo, format: DownloadFormat) => Promise<void>;
  /** Keeps a dataset read from the web; `true` once kept. */
  readonly keep: (entry: NewDataset) => Promise<boolean>;
}

const noted = (key: MessageKey, params: Params): ActionNote => ({ key, params });

export function useMyDatasets(): MyDatasets {
  const [list, setList] = useState<MyList>({ phase: 'reading' });
  const [note, setNote] = useState<ActionNote | undefined>(undefined);
  const live = useRef(true);

  const refresh = useCallback(async () => {
    const result = await datasetStore.list();
    if (!live.current) return;
    setList(
      result.ok
        ? { phase: 'ready', datasets: result.datasets }
        : { phase: 'failed', failure: result, datasets: datasetStore.sessionList() },
    );
  }, []);

  useEffect(() => {
    live.current = true;
    void refresh();
    return () => {
      live.current = false;
    };
  }, [refresh]);

  const act = useCallback(
    async (work: Promise<StoreFailure | ActionNote>): Promise<boolean> => {
      const outcome = await work;
      if (!live.current) return false;
      const ok = !('ok' in outcome);
      await refresh();
      if (live.current) setNote(ok ? outcome : { failure: outcome });
      return ok;
    },
    [refresh],
  );

  const rename = useCallback(
    (info: StoredDatasetInfo, name: string) =>
      act(
        datasetStore
          .rename(info.key, name)
          .then((r) => (r.ok ? noted('data.my.renamed', { name: r.info.name }) : r)),
      ),
    [act],
  );

  const remove = useCallback(
    (info: StoredDatasetInfo) =>
      act(
        datasetStore
          .delete(info.key)
          .then((r) => (r.ok ? noted('data.my.deleted', { name: info.name }) : r)),
      ),
    [act],
  );

  const keep = useCallback(
    (entry: NewDataset) =>
      act(
        datasetStore
          .save(entry)
          .then((r) => (r.ok ? noted('data.my.kept', { name: r.info.name }) : r)),
      ),
    [act],
  );

  const download = useCallback(async (info: StoredDatasetInfo, format: DownloadFormat) => {
    const failure = await downloadDataset(info, format);
    if (failure && live.current) setNote({ failure });
  }, []);

  return { list, note, rename, remove, download, keep };
}
