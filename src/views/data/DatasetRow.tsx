import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { StoredDatasetInfo } from '../../data/dataset-store';
import { pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import { formatSavedDay, formatSize, hostOf } from './format';
import type { DownloadFormat } from './download-stored';

/** One dataset in a list: its name, what it is, and what can be done with it. */
export function DatasetItem({
  name,
  meta,
  inUse,
  children,
}: {
  readonly name: string;
  readonly meta: readonly string[];
  readonly inUse: boolean;
  readonly children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <li className="dataset-item" aria-current={inUse ? 'true' : undefined}>
      <div className="dataset-text">
        <span className="dataset-name">{name}</span>
        {inUse && <span className="dataset-badge"> {t('data.my.inUse')}</span>}
        <span className="dataset-meta">{meta.filter(Boolean).join(' · ')}</span>
      </div>
      <div className="dataset-actions">{children}</div>
    </li>
  );
}

export interface StoredRowProps {
  readonly info: StoredDatasetInfo;
  readonly inUse: boolean;
  readonly onUse: () => void;
  readonly onRename: (name: string) => Promise<boolean>;
  readonly onDelete: () => Promise<boolean>;
  readonly onDownload: (format: DownloadFormat) => void;
}

type Mode = 'view' | 'rename' | 'confirm';

/** A dataset kept in this browser: use, rename in place, download, delete after asking. */
export function StoredRow({ info, inUse, onUse, onRename, onDelete, onDownload }: StoredRowProps) {
  const { t, lang } = useI18n();
  const [mode, setMode] = useState<Mode>('view');
  const back = useRef<'rename' | 'delete' | undefined>(undefined);
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const name = info.name;
  useEffect(() => {
    // Focus returns to the button that opened the form once it closes.
    if (mode !== 'view' || !back.current) return;
    (back.current === 'rename' ? renameButton : deleteButton).current?.focus();
    back.current = undefined;
  }, [mode]);
  const close = (from: 'rename' | 'delete') => {
    back.current = from;
    setMode('view');
  };
  const title = pick(info.title, lang);
  const meta = [
    title === name ? '' : title,
    t('data.my.version', { version: info.version }),
    formatSize(info.bytes, lang),
    info.session
      ? t('data.my.session')
      : t('data.my.saved', { date: formatSavedDay(info.savedAt, lang) }),
    info.origin === 'url' && info.url
      ? t('data.my.origin.url', { host: hostOf(info.url) })
      : t(`data.my.origin.${info.origin === 'csv' ? 'csv' : 'file'}`),
  ];
  let actions: ReactNode;
  if (mode === 'rename')
    actions = (
      <RenameForm
        name={name}
        onCancel={() => close('rename')}
        onSave={async (next) => {
          if (await onRename(next)) close('rename');
        }}
      />
    );
  else if (mode === 'confirm')
    actions = (
      <ConfirmDelete
        name={name}
        onKeep={() => close('delete')}
        onDelete={() => void onDelete().then((gone) => gone || close('delete'))}
      />
    );
  else
    actions = (
      <>
        {!inUse && (
          <button
            type="button"
            className="primary"
            onClick={onUse}
            aria-label={t('data.my.useNamed', { name })}
          >
            {t('data.my.use')}
          </button>
        )}
        <button
          ref={renameButton}
          type="button"
          onClick={() => setMode('rename')}
          aria-label={t('data.my.renameNamed', { name })}
        >
          {t('data.my.rename')}
        </button>
        <button
          type="button"
          onClick={() => onDownload('json')}
          aria-label={t('data.my.downloadNamed', { name })}
        >
          {t('data.my.download')}
        </button>
        <button
          type="button"
          onClick={() => onDownload('csv')}
          aria-label={t('data.my.downloadCsvNamed', { name })}
        >
          {t('data.my.downloadCsv')}
        </button>
        <button
          ref={deleteButton}
          type="button"
          onClick={() => setMode('confirm')}
          aria-label={t('data.my.deleteNamed', { name })}
        >
          {t('data.my.delete')}
        </button>
      </>
    );
  return (
    <DatasetItem name={name} meta={meta} inUse={inUse}>
      {actions}
    </DatasetItem>
  );
}

function RenameForm({
  name,
  onSave,
  onCancel,
}: {
  readonly name: string;
  readonly onSave: (name: string) => Promise<void>;
  readonly onCancel: () => void;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState(name);
  const [empty, setEmpty] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const ids = { input: useId(), error: useId() };
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  return (
    <form
      className="rename-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim() === '') {
          setEmpty(true);
          field.current?.focus();
          return;
        }
        void onSave(value);
      }}
    >
      <label htmlFor={ids.input}>{t('data.my.newName')}</label>
      <input
        ref={field}
        id={ids.input}
        value={value}
        maxLength={200}
        aria-invalid={empty || undefined}
        aria-describedby={empty ? ids.error : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setEmpty(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      />
      <button type="submit">{t('data.my.saveName')}</button>
      <button type="button" onClick={onCancel}>
        {t('data.my.cancel')}
      </button>
      {empty && (
        <p id={ids.error} className="field-error">
          {t('data.my.nameEmpty')}
        </p>
      )}
    </form>
  );
}

function ConfirmDelete({
  name,
  onDelete,
  onKeep,
}: {
  readonly name: string;
  readonly onDelete: () => void;
  readonly onKeep: () => void;
}) {
  const { t } = useI18n();
  const keep = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="confirm-delete" role="group" aria-labelledby={id}>
      <p id={id}>{t('data.my.confirmDelete', { name })}</p>
      <button type="button" className="danger" onClick={onDelete}>
        {t('data.my.confirmYes')}
      </button>
      <button ref={keep} type="button" onClick={onKeep}>
        {t('data.my.confirmNo')}
      </button>
    </div>
  );
}
