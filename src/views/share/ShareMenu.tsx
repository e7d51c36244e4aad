import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useAppStore } from '../../state/store-context';
import { LinkField } from '../../ui/LinkField';
import { useI18n } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/i18n';
import type { IsoDate } from '../../model/types';
import { copyText } from '../../ui/clipboard';
import { DisclosureMenu, type MenuChoice } from './DisclosureMenu';
import './export-menu.css';
import './share.css';

// The embed dialog and its preview load only when a reader asks for them.
import type { EmbedKind } from './embed-code';

const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));

export interface ShareMenuProps {
  /** The dataset's title: the shared page's title and the start of the embed's frame title. */
  readonly title: string;
  /** The dataset version a frozen embed pins. */
  readonly version: string;
  /** The view's "as of" date, named in the embed's frame title. */
  readonly at: IsoDate;
  /** The views the embed dialog offers; the matrix and the timeline by default. */
  readonly embedKinds?: readonly EmbedKind[] | undefined;
}

interface Entry {
  readonly id: 'copy' | 'native' | 'embed';
  readonly label: MessageKey;
}

const canShare = () => typeof navigator.share === 'function';

/**
 * "Share": a disclosure button with Copy link, the system's share sheet where there is one, and
 * Embed…, which opens a dialog with the iframe code. The page's URL already holds the whole view.
 */
export function ShareMenu({ title, version, at, embedKinds }: ShareMenuProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  // A dataset kept in this browser (`dataset=my:…`) does not travel with the link.
  const local = useAppStore((s) => s.view.dataset?.startsWith('my:') ?? false);
  const [manualUrl, setManualUrl] = useState<string>();
  const [embedding, setEmbedding] = useState(false);
  const shell = useRef<HTMLDivElement>(null);
  const entries: Entry[] = [
    { id: 'copy', label: 'share.copyLink' },
    ...(canShare() ? [{ id: 'native', label: 'share.native' } as const] : []),
    { id: 'embed', label: 'share.embed' },
  ];
  const choose = async (id: Entry['id'], { close, dismiss }: MenuChoice) => {
    setStatus('');
    setManualUrl(undefined);
    if (id === 'embed') {
      dismiss();
      setEmbedding(true);
      return;
    }
    close();
    const url = window.location.href;
    if (id === 'native') {
      // The reader may dismiss the share sheet: that is not an error worth reporting.
      await navigator.share({ title, url }).catch(() => undefined);
    } else if (await copyText(url)) setStatus(t(local ? 'share.copiedLocal' : 'share.copied'));
    else {
      setStatus(t('share.copyByHand'));
      setManualUrl(url);
    }
  };
  // The dialog hands focus back to the Share button it was opened from.
  const doneEmbedding = useCallback(() => {
    setEmbedding(false);
    shell.current?.querySelector<HTMLButtonElement>('button[aria-expanded]')?.focus();
  }, []);
  return (
    <div ref={shell} className="share-menu-shell">
      <DisclosureMenu
        className="export-menu share-menu"
        button={t('share.button')}
        menuLabel={t('share.menu')}
        entries={entries.map((e) => ({ id: e.id, label: t(e.label) }))}
        onChoose={(id, menu) => void choose(id, menu)}
      >
        <span className="export-status" role="status">
          {status}
        </span>
        {manualUrl !== undefined && (
          <LinkField url={manualUrl} label={t('share.linkField')} className="share-link" />
        )}
      </DisclosureMenu>
      {embedding && (
        <Suspense fallback={null}>
          <EmbedDialog
            title={title}
            version={version}
            at={at}
            kinds={embedKinds}
            onClose={doneEmbedding}
          />
        </Suspense>
      )}
    </div>
  );
}
