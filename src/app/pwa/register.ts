/// <reference types="vite-plugin-pwa/client" />
import { loadCatalog } from '../../data/catalog';
import { setPwaState, setUpdateServiceWorker } from './pwa-state';

/** The runtime cache of `datasets/*.json`: the same name as in vite.config.ts. */
const DATASET_CACHE = 'cg-datasets';

/**
 * The first visit fetched the bundled datasets before the service worker was there to cache
 * them; copy them into its cache now, so the app works offline from the next visit on.
 */
async function cacheBundledDatasets(base: string): Promise<void> {
  const catalog = await loadCatalog(base);
  if (!catalog || typeof caches === 'undefined') return;
  const cache = await caches.open(DATASET_CACHE);
  const urls = [
    `${base}datasets/index.json`,
    ...catalog.datasets.map((d) => `${base}datasets/${d.file}`),
  ];
  await cache.addAll(urls);
}

const HOUR = 60 * 60 * 1000;

/**
 * Registers the service worker (workbox-window loads with it, outside the first-load bundle) and
 * reports to `pwa-state`: an update waiting for "Reload", or the app ready to work offline.
 */
export async function registerPwa(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const base = import.meta.env.BASE_URL;
  const updateSW = registerSW({
    onNeedRefresh: () => setPwaState({ needRefresh: true }),
    onOfflineReady: () => {
      setPwaState({ offlineReady: true });
      cacheBundledDatasets(base).catch(() => undefined);
    },
    // A page left open all day (no navigations) still learns of a new deployment.
    onRegisteredSW: (_url, registration) => {
      if (registration) setInterval(() => navigator.onLine && void registration.update(), HOUR);
    },
  });
  setUpdateServiceWorker(async (reloadPage) => {
    // registerSW reloads only a page that was controlled when it loaded; a first visit that
    // sees a deployment must reload too, once the new version has taken over.
    if (reloadPage)
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
        once: true,
      });
    await updateSW(reloadPage);
  });
}
