import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { FocusEvent } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/i18n';
import type { IsoDate } from '../../model/types';
import { copyText } from './clipboard';
import { useMenuKeys } from './menu-keys';
import './export-menu.css';
import './share.css';

// The embed dialog and its preview load only when a reader asks for them.
const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

export interface ShareMenuProps {
  /** The dataset's title: the shared page's title and the start of the embed's frame title. */
  readonly title: string;
  /** The dataset version a frozen embed pins. */
  readonly version: string;
  /** The view's "as of" date, named in the embed's frame title. */
  readonly at: IsoDate;
}

interface Entry {
  readonly id: 'copy' | 'native' | 'embed';
  readonly label: MessageKey;
}

const canShare = () => typeof navigator.share === 'function';

/** The link field that appears when copying failed: selected, so the reader can copy by hand. */
function LinkField({ url }: { readonly url: string }) {
  const { t } = useI18n();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [url]);
  return (
    <label className="share-link">
      {t('share.linkField')}
      <input ref={field} type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
    </label>
  );
}

/**
 * "Share": a disclosure button with Copy link, the system's share sheet where there is one, and
 * Embed…, which opens a dialog with the iframe code. The page's URL already holds the whole view.
 */
export function ShareMenu({ title, version, at }: ShareMenuProps) {
  const { t } = useI18n();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [manualUrl, setManualUrl] = useState<string>();
  const [embedding, setEmbedding] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  const onKeyDown = useMenuKeys(list, close);
  useEffect(() => {
    if (open) list.current?.querySelector('button')?.focus();
  }, [open]);
  const onBlur = (e: FocusEvent) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
  };
  const entries: Entry[] = [
    { id: 'copy', label: 'share.copyLink' },
    ...(canShare() ? [{ id: 'native', label: 'share.native' } as const] : []),
    { id: 'embed', label: 'share.embed' },
  ];
  const choose = async (id: Entry['id']) => {
    setStatus('');
    setManualUrl(undefined);
    if (id === 'embed') {
      setOpen(false);
      setEmbedding(true);
      return;
    }
    close();
    const url = window.location.href;
    if (id === 'native') {
      // The reader may dismiss the share sheet: that is not an error worth reporting.
      await navigator.share({ title, url }).catch(() => undefined);
    } else if (await copyText(url)) setStatus(t('share.copied'));
    else {
      setStatus(t('share.copyByHand'));
      setManualUrl(url);
    }
  };
  const doneEmbedding = useCallback(() => {
    setEmbedding(false);
    button.current?.focus();
  }, []);
  return (
    <div className="export-menu share-menu" onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) close();
        }}
      >
        {t('share.button')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul id={listId} ref={list} className="export-menu-list" aria-label={t('share.menu')}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <button type="button" onClick={() => void choose(entry.id)} onKeyDown={onKeyDown}>
                {t(entry.label)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <span className="export-status" role="status">
        {status}
      </span>
      {manualUrl !== undefined && <LinkField url={manualUrl} />}
      {embedding && (
        <Suspense fallback={null}>
          <EmbedDialog title={title} version={version} at={at} onClose={doneEmbedding} />
        </Suspense>
      )}
    </div>
  );
}
