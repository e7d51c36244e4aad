// Bundle budgets: what each route loads before it can show its view (JS + CSS, gzip), worked
// out from Vite's build manifest: the entry, the route's lazy chunks, and everything they import
// statically. Views a route loads later, on demand, and the dataset itself are not counted.
// Usage: node scripts/check-bundle.mjs [dist directory, default dist]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRY = 'index.html';
const ROUTES = [
  { path: '/', budgetKb: 150, chunks: ['src/app/AppRouter.tsx'] },
  {
    path: '/embed/matrix',
    budgetKb: 120,
    chunks: ['src/app/embed/EmbedApp.tsx', 'src/app/embed/EmbedMatrix.tsx'],
  },
  {
    path: '/embed/timeline',
    budgetKb: 120,
    chunks: ['src/app/embed/EmbedApp.tsx', 'src/app/embed/EmbedTimeline.tsx'],
  },
  {
    path: '/embed/deal',
    budgetKb: 120,
    chunks: ['src/app/embed/EmbedApp.tsx', 'src/app/embed/EmbedDeal.tsx'],
  },
];

/** The files a set of manifest chunks loads: their JS and CSS and those of their static imports. */
function filesOf(manifest, keys) {
  const seen = new Set();
  const files = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest: update ROUTES`);
    seen.add(key);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

/**
 * First-load size of each route in `dist` (also used by `npm run bench`): the files, their gzip
 * sizes, the total and the budget.
 */
export function routeSizes(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const sizes = new Map();
  const gzipKb = (file) => {
    if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(join(dist, file))).length / 1024);
    return sizes.get(file);
  };
  const entryFiles = filesOf(manifest, [ENTRY]);
  const routes = ROUTES.map((route) => {
    const files = [...filesOf(manifest, [ENTRY, ...route.chunks])].sort().map((file) => ({
      file,
      kb: gzipKb(file),
      entry: entryFiles.has(file),
    }));
    const kb = files.reduce((sum, f) => sum + f.kb, 0);
    return { path: route.path, budgetKb: route.budgetKb, kb, files };
  });
  const worker = Object.values(manifest).find((c) => /load-worker/.test(c.file));
  return { routes, worker: worker && { file: worker.file, kb: gzipKb(worker.file) } };
}

function main(dist) {
  const { routes, worker } = routeSizes(dist);
  let failed = false;
  for (const route of routes) {
    console.log(`\n${route.path}`);
    for (const f of route.files)
      console.log(`  ${f.file}: ${f.kb.toFixed(1)} KB${f.entry ? ' (entry)' : ''}`);
    console.log(
      `First load of ${route.path} (JS + CSS, gzip): ${route.kb.toFixed(1)} KB — budget ${route.budgetKb} KB`,
    );
    if (route.kb > route.budgetKb) {
      console.error(`Over budget by ${(route.kb - route.budgetKb).toFixed(1)} KB.`);
      failed = true;
    }
  }
  if (worker)
    console.log(
      `\nNot counted: the dataset and the worker that loads it (${worker.file}: ${worker.kb.toFixed(1)} KB gzip).`,
    );
  if (failed) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv[2] ?? 'dist');
