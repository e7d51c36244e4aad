import type { ComponentType, ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { useDatasetStatus } from '../../state/dataset-context';
import { pinnedVersionNote } from '../../state/pinned-version';
import { useAppStore } from '../../state/store-context';
import { serializeQuery } from '../../state/url-codec';
import './version-note.css';

export interface VersionNoteProps {
  /**
   * Renders the link to the live view, given its query string ("?…" or empty): in place in the
   * app, in a new tab of the full app from an embed.
   */
  readonly LiveLink: ComponentType<{ readonly search: string; readonly children: ReactNode }>;
}

/**
 * A discreet line for a view pinned to a dataset version: that a newer version exists, or that
 * the pinned one was not found and which one is shown instead.
 */
export function VersionNote({ LiveLink }: VersionNoteProps) {
  const { t } = useI18n();
  const status = useDatasetStatus();
  const view = useAppStore((s) => s.view);
  if (status.status !== 'ready') return null;
  const note = pinnedVersionNote(view.version, status.index.dataset.version, status.currentVersion);
  if (!note) return null;
  if (note.kind === 'missing')
    return (
      <p className="version-note" role="note">
        {t('embed.missingVersion', { version: note.requested, shown: note.shown })}
      </p>
    );
  const query = serializeQuery({ ...view, version: undefined });
  return (
    <p className="version-note" role="note">
      {t('embed.newerVersion', { version: note.current })}{' '}
      <LiveLink search={query ? `?${query}` : ''}>{t('embed.openLive')}</LiveLink>
    </p>
  );
}
