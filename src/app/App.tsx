import { lazy, Suspense } from 'react';
import { embedViewOf } from './embed/embed-path';

// The entry holds only React: embeds load without the router, the explorer or the app's chrome,
// and the app without the embeds (scripts/check-bundle.mjs measures both).
const AppRouter = lazy(() => import('./AppRouter').then((m) => ({ default: m.AppRouter })));
const EmbedApp = lazy(() => import('./embed/EmbedApp').then((m) => ({ default: m.EmbedApp })));
// Offline support loads after the app, outside its first load; embeds skip it (src/app/pwa).
const Pwa = lazy(() => import('./pwa/Pwa').then((m) => ({ default: m.Pwa })));

/** The full app, or an embed (`/embed/matrix`, `/embed/timeline`) under Vite's base path. */
export function App() {
  const embed = embedViewOf(window.location.pathname, import.meta.env.BASE_URL);
  return (
    <>
      <Suspense fallback={null}>
        {embed === undefined ? <AppRouter /> : <EmbedApp view={embed} />}
      </Suspense>
      {embed === undefined && import.meta.env.PROD && (
        <Suspense fallback={null}>
          <Pwa />
        </Suspense>
      )}
    </>
  );
}
