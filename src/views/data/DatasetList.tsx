import { useEffect, useId, useRef, useState } from 'react';
import { loadCatalog, type CatalogEntry } from '../../data/catalog';
import { storedKey } from '../../data/dataset-store';
import { formatDate, pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import { useDatasetIndex } from '../../state/dataset-context';
import { useAppStore } from '../../state/store-context';
import { DatasetItem, StoredRow } from './DatasetRow';
import { hostOf } from './format';
import { StoreProblem } from './StoreProblem';
import { useSwitchDataset } from './switch-dataset';
import { useMyDatasets, type ActionNote, type MyList } from './use-my-datasets';

function useCatalog(): readonly CatalogEntry[] | undefined {
  const [entries, setEntries] = useState<readonly CatalogEntry[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadCatalog(import.meta.env.BASE_URL).then((c) => live && setEntries(c?.datasets));
    return () => {
      live = false;
    };
  }, []);
  return entries;
}

function Note({ note }: { readonly note: ActionNote | undefined }) {
  const { t } = useI18n();
  if (!note) return null;
  return 'failure' in note ? (
    <StoreProblem failure={note.failure} />
  ) : (
    <p>{t(note.key, note.params)}</p>
  );
}

/**
 * "Datasets": the bundled ones (always one click away), a dataset read from the web, and those
 * kept in this browser, the one in use marked (`aria-current`).
 */
export function DatasetList() {
  const { t, lang } = useI18n();
  const view = useAppStore((s) => s.view);
  const catalog = useCatalog();
  const my = useMyDatasets();
  const switchTo = useSwitchDataset();
  const index = useDatasetIndex();
  const mineHeading = useRef<HTMLHeadingElement>(null);
  const ids = { title: useId(), bundled: useId(), mine: useId() };
  const inUseKey = view.data === undefined ? storedKey(view.dataset) : undefined;
  const bundledInUse =
    view.data === undefined && inUseKey === undefined
      ? (view.dataset ?? catalog?.[0]?.id)
      : undefined;
  const { dataset } = index;

  return (
    <section className="data-section" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('data.my.title')}</h2>
      <p>{t('data.my.intro')}</p>
      <div role="status" className="dataset-note">
        <Note note={my.note} />
      </div>
      {view.data !== undefined && (
        <ul className="dataset-list" aria-label={t('data.my.fromWeb')}>
          <DatasetItem
            name={pick(dataset.title, lang)}
            meta={[t('data.my.fromWebNote', { host: hostOf(view.data) })]}
            inUse
          >
            <button
              type="button"
              onClick={() =>
                void my.keep({
                  name: pick(dataset.title, lang),
                  text: `${JSON.stringify(dataset, null, 2)}\n`,
                  id: dataset.id,
                  title: dataset.title,
                  version: dataset.version,
                  origin: 'url',
                  url: view.data,
                })
              }
            >
              {t('data.my.keepCopy')}
            </button>
          </DatasetItem>
        </ul>
      )}
      <h3 id={ids.bundled}>{t('data.my.bundled')}</h3>
      <ul className="dataset-list" aria-labelledby={ids.bundled}>
        {catalog?.map((entry, i) => {
          const name = pick(entry.title, lang);
          const inUse = entry.id === bundledInUse;
          return (
            <DatasetItem
              key={entry.id}
              name={name}
              inUse={inUse}
              meta={[
                entry.version ? t('data.my.version', { version: entry.version }) : '',
                entry.asOf ? t('data.my.asOf', { date: formatDate(entry.asOf, lang) }) : '',
              ]}
            >
              {!inUse && (
                <button
                  type="button"
                  className="primary"
                  aria-label={t('data.my.useNamed', { name })}
                  onClick={() =>
                    switchTo(i === 0 ? undefined : entry.id, {
                      key: 'data.my.switched',
                      params: { name },
                    })
                  }
                >
                  {t('data.my.use')}
                </button>
              )}
            </DatasetItem>
          );
        })}
      </ul>
      <h3 id={ids.mine} ref={mineHeading} tabIndex={-1}>
        {t('data.my.mine')}
      </h3>
      <MyList
        list={my.list}
        labelledBy={ids.mine}
        inUseKey={inUseKey}
        my={my}
        onGone={() => mineHeading.current?.focus()}
      />
    </section>
  );
}

function MyList({
  list,
  labelledBy,
  inUseKey,
  my,
  onGone,
}: {
  readonly list: MyList;
  readonly labelledBy: string;
  readonly inUseKey: string | undefined;
  readonly my: ReturnType<typeof useMyDatasets>;
  readonly onGone: () => void;
}) {
  const { t } = useI18n();
  const switchTo = useSwitchDataset();
  if (list.phase === 'reading') return <p className="empty">{t('data.my.reading')}</p>;
  const failed = list.phase === 'failed' && (
    <div className="store-failure">
      <p>{t('data.my.listFailed')}</p>
      <StoreProblem failure={list.failure} />
    </div>
  );
  if (list.datasets.length === 0) return failed || <p className="empty">{t('data.my.none')}</p>;
  return (
    <>
      {failed}
      <ul className="dataset-list" aria-labelledby={labelledBy}>
        {list.datasets.map((info) => {
          const inUse = info.key === inUseKey;
          const name = info.name;
          return (
            <StoredRow
              key={info.key}
              info={info}
              inUse={inUse}
              onUse={() =>
                switchTo(`my:${info.key}`, { key: 'data.my.switched', params: { name } })
              }
              onRename={(next) => my.rename(info, next)}
              onDelete={async () => {
                const gone = await my.remove(info);
                if (gone && inUse)
                  switchTo(undefined, { key: 'data.my.deletedInUse', params: { name } });
                else if (gone) onGone();
                return gone;
              }}
              onDownload={(format) => void my.download(info, format)}
            />
          );
        })}
      </ul>
    </>
  );
}
