import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n';

export interface AppLinkProps {
  /** The query string of the state to open ("?…" or empty). */
  readonly search: string;
  /** The app's page, relative to its base (e.g. `deal`); the explorer when left out. */
  readonly path?: string | undefined;
  readonly children: ReactNode;
}

/** A link from an embed to the full app's explorer, in a new tab (a plain link: no router here). */
export function AppLink({ search, path = '', children }: AppLinkProps) {
  const { t } = useI18n();
  return (
    <a
      href={`${import.meta.env.BASE_URL}${path}${search}`}
      target="_blank"
      rel="noopener noreferrer"
    >
      {children}
      <span className="visually-hidden"> {t('embed.newTab')}</span>
    </a>
  );
}
