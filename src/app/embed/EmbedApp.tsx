import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { Notices } from '../Notices';
import { Providers } from '../Providers';
import { AppLink } from './AppLink';
import type { EmbedView } from './embed-path';
import { EmbedGate } from './EmbedGate';
import { useEmbedHeight } from './use-embed-height';
import { useWindowUrl } from './use-window-url';
import { VersionNote } from './VersionNote';
import './embed.css';

// Each embed loads only its own view.
const EmbedMatrix = lazy(() => import('./EmbedMatrix').then((m) => ({ default: m.EmbedMatrix })));
const EmbedTimeline = lazy(() =>
  import('./EmbedTimeline').then((m) => ({ default: m.EmbedTimeline })),
);
const EmbedDeal = lazy(() => import('./EmbedDeal').then((m) => ({ default: m.EmbedDeal })));

/**
 * `/embed/matrix`, `/embed/timeline` and `/embed/deal`: one view without the app's chrome, sized by its
 * iframe, telling the host page its height. No router: an embed is one page whose query changes.
 */
export function EmbedApp({ view }: { readonly view: EmbedView | null }) {
  useEmbedHeight();
  return (
    <Providers url={useWindowUrl()}>
      <main className="embed">
        <Notices />
        <VersionNote LiveLink={AppLink} />
        <EmbedGate>
          <Suspense fallback={null}>
            {view === 'matrix' ? (
              <EmbedMatrix />
            ) : view === 'timeline' ? (
              <EmbedTimeline />
            ) : view === 'deal' ? (
              <EmbedDeal />
            ) : (
              <UnknownEmbed />
            )}
          </Suspense>
        </EmbedGate>
      </main>
    </Providers>
  );
}

function UnknownEmbed() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <AppLink search="">{t('notFound.back')}</AppLink>
    </>
  );
}
