/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { firstLoadChunks } from './scripts/first-load-chunks';

const DATASETS = 'public/datasets';

interface Entry {
  readonly id: string;
  readonly file: string;
}

/**
 * Each bundled dataset as `[archive path, file]`, by the version written in the file itself.
 * The path is the one `archiveFile` in src/data/catalog.ts gives the app.
 */
function bundledVersions(): [string, string][] {
  const catalog = JSON.parse(readFileSync(`${DATASETS}/index.json`, 'utf8')) as {
    datasets: Entry[];
  };
  return catalog.datasets.map((entry) => {
    const { version } = JSON.parse(readFileSync(`${DATASETS}/${entry.file}`, 'utf8')) as {
      version?: unknown;
    };
    if (typeof version !== 'string') throw new Error(`${entry.file} has no version`);
    if (!/^[a-z0-9-]+$/.test(entry.id) || !/^\d{4}-\d{2}-\d{2}\.\d+$/.test(version))
      throw new Error(`${entry.file}: unexpected id or version`);
    return [`archive/${entry.id}/${version}.json`, entry.file];
  });
}

/**
 * For static hosts: copies each bundled dataset to `datasets/archive/<id>/<version>.json`, so a
 * view pinned to a version (`version=`) finds it after later deployments (keep that folder when
 * deploying), and writes `404.html` = `index.html` as the history fallback of GitHub Pages and
 * similar hosts. In development the archive path of the current version is served too.
 */
function staticHosting(): Plugin {
  return {
    name: 'common-ground-static-hosting',
    generateBundle() {
      for (const [archived, file] of bundledVersions())
        this.emitFile({
          type: 'asset',
          fileName: `datasets/${archived}`,
          source: readFileSync(`${DATASETS}/${file}`),
        });
    },
    async writeBundle({ dir }) {
      if (dir) await copyFile(join(dir, 'index.html'), join(dir, '404.html'));
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0]?.slice(server.config.base.length - 1);
        const found = bundledVersions().find(([archived]) => path === `/datasets/${archived}`);
        if (!found) return next();
        res.setHeader('content-type', 'application/json');
        res.end(readFileSync(`${DATASETS}/${found[1]}`));
      });
    },
  };
}

/**
 * Offline use: a service worker (Workbox `generateSW`) precaches the app shell — index.html and
 * every JS and CSS chunk, lazy views, German messages and the load worker included, never the
 * source maps — and serves every route from index.html. Datasets are cached as they are fetched:
 * network first (a teacher online gets the newest data; offline, the last copy), archived
 * versions cache first (their content never changes). A new deployment waits for the user's
 * "Reload" (src/app/pwa), so it never reloads the page mid-lesson. Scope and URLs follow `base`.
 */
function offline(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html}'],
      globIgnores: ['404.html'],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/(datasets|schema|templates)\//],
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          urlPattern: /\/datasets\/archive\/.+\.json/,
          handler: 'CacheFirst',
          options: { cacheName: 'cg-datasets-archive', expiration: { maxEntries: 50 } },
        },
        {
          urlPattern: /\/datasets\/[^/?]+\.json/,
          handler: 'NetworkFirst',
          options: { cacheName: 'cg-datasets', networkTimeoutSeconds: 5 },
        },
        {
          urlPattern: /\/(schema|templates)\//,
          handler: 'StaleWhileRevalidate',
          options: { cacheName: 'cg-files' },
        },
      ],
    },
  });
}

// BASE_PATH lets the static build live under any sub-path, e.g. BASE_PATH=/common-ground/ npm run build.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), staticHosting(), offline()],
  // The manifest lets scripts/check-bundle.mjs work out what each route loads.
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    // No <link rel=modulepreload> for lazy chunks: Vite's helper inserts one per dependency at
    // each lazy import, and on /deal that DOM work in the router's first navigation cost more
    // main thread than the preloads saved (Lighthouse /deal TBT 160 → 10 ms, median 96 → 98; LCP
    // unchanged: the dataset, fetched by the entry at once, is the long pole).
    modulePreload: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: firstLoadChunks(import.meta.dirname) }],
        },
      },
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
