// Bundle budgets: what each route loads before it can show its view (JS + CSS, gzip), worked
// out from Vite's build manifest: the entry, the route's lazy chunks, and everything they import
// statically. Views a route loads later, on demand, and the dataset itself are not counted.
// Usage: node scripts/check-bundle.mjs [dist directory, default dist]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
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
];

const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const sizes = new Map();
const gzipKb = (file) => {
  if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(join(dist, file))).length / 1024);
  return sizes.get(file);
};

/** The files a set of manifest chunks loads: their JS and CSS and those of their static imports. */
function filesOf(keys) {
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

const entryFiles = filesOf([ENTRY]);
let failed = false;
for (const route of ROUTES) {
  const files = [...filesOf([ENTRY, ...route.chunks])].sort();
  const kb = files.reduce((sum, f) => sum + gzipKb(f), 0);
  console.log(`\n${route.path}`);
  for (const f of files)
    console.log(`  ${f}: ${gzipKb(f).toFixed(1)} KB${entryFiles.has(f) ? ' (entry)' : ''}`);
  console.log(
    `First load of ${route.path} (JS + CSS, gzip): ${kb.toFixed(1)} KB — budget ${route.budgetKb} KB`,
  );
  if (kb > route.budgetKb) {
    console.error(`Over budget by ${(kb - route.budgetKb).toFixed(1)} KB.`);
    failed = true;
  }
}
const worker = Object.values(manifest).find((c) => /load-worker/.test(c.file));
if (worker)
  console.log(
    `\nNot counted: the dataset and the worker that loads it (${worker.file}: ${gzipKb(worker.file).toFixed(1)} KB gzip).`,
  );
if (failed) process.exit(1);
