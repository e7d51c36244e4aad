#!/usr/bin/env node
/**
 * `npm run bench` — speed of Common Ground in a real Chromium, on the bundled dataset and on seeded
 * synthetic data (60 parties, 30 issues, 50 000 statements by default).
 *
 *   node scripts/bench.mjs [--build] [--json] [--seed N] [--parties N] [--issues N]
 *                          [--statements N] [--presses N] [--no-vis]
 *
 * 1. builds with `vite build` when dist/ is missing or --build is given;
 * 2. imports bench/synthetic.ts through Vite's SSR loader (no tsx needed), generates the dataset,
 *    validates it with the app's own schema and writes dist/bench/synthetic.json;
 * 3. serves dist/ with `vite preview` on 127.0.0.1 (a free port);
 * 4. opens each dataset in Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and reads the app's
 *    measurement contract: measure `cg:load`, mark `cg:first-matrix`, measures `cg:asof` (one per
 *    change of the "As of" slider), plus our own keypress → next frame time and the JS heap;
 * 5. prints one table (or JSON with --json) and the first-load JS+CSS gzip size of `/`.
 * Exits non-zero when something fails or the app does not honour the contract.
 * Everything goes to stderr except the result (table or JSON), which goes to stdout.
 */
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { measureTimeline } from './bench-timeline.mjs';
import { routeSizes } from './check-bundle.mjs';
import { measureVis, prepareVisPage } from './bench-vis.mjs';
import { loadTsModules } from './ts-modules.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// BENCH_DIST measures another build directory (e.g. while dist/ is in use by the e2e tests).
const dist = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(root, 'dist');
const started = Date.now();
const DEADLINE_MS = 290_000;

// ---------------------------------------------------------------------------------------------
// arguments

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
function numberArg(name, fallback) {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  const raw = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) fail(`--${name} needs a non-negative number, got ${raw}`);
  return Math.floor(n);
}
if (flag('help') || flag('h')) {
  process.stdout.write(
    'usage: node scripts/bench.mjs [--build] [--json] [--seed N] [--parties N] [--issues N] ' +
      '[--statements N] [--presses N] [--no-vis]\n',
  );
  process.exit(0);
}
const opts = {
  json: flag('json'),
  build: flag('build'),
  seed: numberArg('seed', 1),
  parties: numberArg('parties', 60),
  issues: numberArg('issues', 30),
  statements: numberArg('statements', 50_000),
  presses: numberArg('presses', 60),
  vis: !flag('no-vis'),
};

const log = (...a) => console.error('[bench]', ...a);
function fail(msg) {
  console.error(`[bench] error: ${msg}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// cleanup and the overall time bound

const cleanups = [];
async function cleanup() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (e) {
      log('cleanup:', e?.message ?? e);
    }
  }
}
const deadline = setTimeout(() => {
  log(`timed out after ${DEADLINE_MS / 1000}s`);
  cleanup().finally(() => process.exit(2));
}, DEADLINE_MS);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => cleanup().finally(() => process.exit(130)));
}

// ---------------------------------------------------------------------------------------------
// helpers

function percentile(xs, p) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
const round = (x, d = 1) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);

function freePort() {
  return new Promise((res, rej) => {
    const srv = createNetServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** First-load JS and CSS of `/`: every script, stylesheet and modulepreload index.html references. */
function firstLoadSize(base) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = new Map();
  const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    const attr = (n) => new RegExp(`\\b${n}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag);
    const rel = attr('rel')?.toLowerCase() ?? '';
    const url = isScript ? attr('src') : attr('href');
    if (!url) continue;
    let kind;
    if (isScript || rel === 'modulepreload') kind = 'js';
    else if (rel === 'stylesheet') kind = 'css';
    else continue;
    if (/^[a-z]+:\/\//i.test(url) || url.startsWith('//')) continue; // external: not ours
    let path = url.split(/[?#]/)[0];
    if (path.startsWith(base)) path = path.slice(base.length);
    path = path.replace(/^\.?\//, '');
    const file = join(dist, path);
    if (!existsSync(file)) {
      log(`index.html references ${url}, not found in dist/`);
      continue;
    }
    files.set(file, kind);
  }
  // Inline <style> and <script> bodies count too.
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)]
    .map((m) => m[1])
    .join('');
  const inlineJs = [...html.matchAll(/<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1])
    .join('');
  const out = { jsKB: 0, cssKB: 0, files: [] };
  for (const [file, kind] of files) {
    const gz = gzipSync(readFileSync(file), { level: 9 }).length / 1024;
    out[kind === 'js' ? 'jsKB' : 'cssKB'] += gz;
    out.files.push({ file: file.slice(dist.length + 1), kind, gzipKB: round(gz, 2) });
  }
  if (inlineCss.trim()) out.cssKB += gzipSync(inlineCss, { level: 9 }).length / 1024;
  if (inlineJs.trim()) out.jsKB += gzipSync(inlineJs, { level: 9 }).length / 1024;
  out.htmlKB = round(gzipSync(html, { level: 9 }).length / 1024, 2);
  out.totalKB = round(out.jsKB + out.cssKB, 1);
  out.jsKB = round(out.jsKB, 1);
  out.cssKB = round(out.cssKB, 1);
  return out;
}

/** The bundled dataset: dist/datasets/index.json's first (or default) entry, else the first JSON. */
function findBundledDataset() {
  const dir = join(dist, 'datasets');
  if (!existsSync(dir)) return null;
  const candidates = [];
  try {
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    const list = Array.isArray(index) ? index : (index.datasets ?? []);
    const sorted = [...list].sort((a, b) => (b?.default === true) - (a?.default === true));
    for (const e of sorted) {
      if (typeof e === 'string') candidates.push(e.endsWith('.json') ? e : `${e}.json`);
      else if (e && typeof e === 'object') {
        for (const k of ['file', 'path', 'url', 'href', 'src']) {
          if (typeof e[k] === 'string') candidates.push(e[k]);
        }
        if (typeof e.id === 'string') candidates.push(`${e.id}.json`);
      }
    }
  } catch {
    /* no or odd index.json: fall through */
  }
  candidates.push('russia-ukraine.json');
  for (const f of readdirSync(dir))
    if (f.endsWith('.json') && f !== 'index.json') candidates.push(f);
  for (const c of candidates) {
    const name = c.split('/').pop();
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    try {
      const ds = JSON.parse(readFileSync(file, 'utf8'));
      if (Array.isArray(ds?.statements)) return { file, ds };
    } catch {
      /* next */
    }
  }
  return null;
}

/** A date with history on both sides: the median statement date (as a day). */
function medianDay(ds) {
  const days = ds.statements
    .map((s) => (typeof s.date === 'string' ? (s.date.length === 7 ? `${s.date}-15` : s.date) : ''))
    .filter(Boolean)
    .sort();
  return days[Math.floor(days.length / 2)] ?? ds.asOf;
}

// ---------------------------------------------------------------------------------------------
// 1. build

try {
  accessSync(chromiumPath, constants.X_OK);
} catch {
  fail(
    `Chromium not found or not executable at ${chromiumPath}.\n` +
      "  Install Debian's package (sudo apt-get install chromium) or point CHROMIUM_PATH at a Chromium binary.",
  );
}

if (opts.build || !existsSync(join(dist, 'index.html'))) {
  log(opts.build ? 'building (--build)…' : 'dist/ missing: building…');
  const t = Date.now();
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dist],
    {
      cwd: root,
      stdio: ['ignore', 2, 2], // keep stdout for the result
      timeout: 120_000,
    },
  );
  if (r.status !== 0) fail(`vite build failed (exit ${r.status ?? r.signal})`);
  log(`built in ${((Date.now() - t) / 1000).toFixed(1)}s`);
}
if (!existsSync(join(dist, 'index.html'))) fail('dist/index.html is missing after the build');

// ---------------------------------------------------------------------------------------------
// 2. synthetic dataset

const { preview } = await import('vite');
let synthetic;
{
  const t0 = performance.now();
  const [{ generateDataset }, { datasetSchema }] = await loadTsModules(root, [
    '/bench/synthetic.ts',
    '/src/data/schema.ts',
  ]);
  const tImport = performance.now();
  const ds = generateDataset({
    seed: opts.seed,
    parties: opts.parties,
    issues: opts.issues,
    statements: opts.statements,
  });
  const tGen = performance.now();
  const parsed = datasetSchema.safeParse(ds);
  const tVal = performance.now();
  if (!parsed.success) {
    fail(
      'the synthetic dataset does not validate:\n' +
        parsed.error.issues
          .slice(0, 10)
          .map((i) => `  ${i.path.join('.')}: ${i.message}`)
          .join('\n'),
    );
  }
  const json = JSON.stringify(ds);
  mkdirSync(join(dist, 'bench'), { recursive: true });
  const file = join(dist, 'bench', 'synthetic.json');
  writeFileSync(file, json);
  synthetic = {
    ds,
    file,
    stats: {
      seed: opts.seed,
      parties: ds.parties.length,
      issues: ds.issues.length,
      statements: ds.statements.length,
      sources: ds.sources.length,
      events: ds.events.length,
      plans: ds.plans.length,
      bytesMB: round(json.length / 2 ** 20, 1),
      gzipMB: round(gzipSync(json, { level: 6 }).length / 2 ** 20, 1),
      importMs: round(tImport - t0, 0),
      generateMs: round(tGen - tImport, 0),
      nodeValidateMs: round(tVal - tGen, 0),
    },
  };
  log(
    `synthetic: ${synthetic.stats.statements} statements, ${synthetic.stats.sources} sources, ` +
      `${synthetic.stats.bytesMB} MB (${synthetic.stats.gzipMB} MB gzip); generated in ` +
      `${synthetic.stats.generateMs} ms, validated (node, zod) in ${synthetic.stats.nodeValidateMs} ms`,
  );
}

// ---------------------------------------------------------------------------------------------
// 3. preview server

// The static server lists files when it starts: the vis-timeline page must exist by then.
if (opts.vis) prepareVisPage(dist);

const port = await freePort();
const server = await preview({
  root,
  logLevel: 'warn',
  build: { outDir: dist },
  preview: { host: '127.0.0.1', port, strictPort: true, open: false },
});
cleanups.push(() => server.close());
const baseUrl = server.resolvedUrls?.local?.[0] ?? `http://127.0.0.1:${port}/`;
const basePath = new URL(baseUrl).pathname;
log(`serving dist/ at ${baseUrl}`);

const bundle = firstLoadSize(basePath);
// Per route, from the build manifest, as the build's budget check counts them.
const routes = existsSync(join(dist, '.vite', 'manifest.json')) ? routeSizes(dist).routes : [];

// ---------------------------------------------------------------------------------------------
// 4. browser

const { chromium } = await import('playwright-core');
let browser;
try {
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--enable-precise-memory-info'],
  });
} catch (e) {
  await cleanup();
  fail(`could not launch Chromium at ${chromiumPath}: ${e?.message ?? e}`);
}
cleanups.push(() => browser.close());
const browserVersion = browser.version();

const targets = [];
const bundled = findBundledDataset();
if (bundled) {
  const at = medianDay(bundled.ds);
  targets.push({
    name: `bundled (${bundled.ds.id ?? 'default'})`,
    url: `${baseUrl}?at=${at}`,
    statements: bundled.ds.statements.length,
    at,
  });
} else {
  log('no bundled dataset found under dist/datasets/: measuring `/` as it comes');
  targets.push({ name: 'bundled (default)', url: baseUrl, statements: null, at: null });
}
{
  const at = '2024-03-01';
  const dataUrl = `${baseUrl}bench/synthetic.json`;
  targets.push({
    name: `synthetic (seed ${opts.seed})`,
    url: `${baseUrl}?data=${encodeURIComponent(dataUrl)}&at=${at}`,
    statements: synthetic.stats.statements,
    at,
  });
}

/** Waits for the next animation frame in the page. */
const nextFrame = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));

async function measure(target) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
  });
  cleanups.push(() => context.close());
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // HTTP failures are reported with their URL below; the console line does not name it.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      errors.push(`console: ${m.text()}`);
    }
  });
  const net = { inflight: 0, last: Date.now() };
  page.on('request', () => {
    net.inflight++;
    net.last = Date.now();
  });
  for (const ev of ['requestfinished', 'requestfailed']) {
    page.on(ev, () => {
      net.inflight = Math.max(0, net.inflight - 1);
      net.last = Date.now();
    });
  }
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url().replace(baseUrl, '/')}`);
  });
  const result = {
    dataset: target.name,
    statements: target.statements,
    url: target.url.replace(baseUrl, '/'),
    loadMs: null,
    firstMatrixMs: null,
    firstMatrixSource: null,
    asofSamples: 0,
    asofP50Ms: null,
    asofP95Ms: null,
    asofFrameP50Ms: null,
    asofFrameP95Ms: null,
    panFrameP95Ms: null,
    panLongFrames: null,
    zoomFrameP95Ms: null,
    zoomLongFrames: null,
    cursorSamples: 0,
    cursorAsofP95Ms: null,
    cursorFrameP95Ms: null,
    heapMB: null,
    problems: [],
    notes: [],
    errors,
  };
  log(
    `${target.name}: opening ${result.url.length > 120 ? result.url.slice(0, 120) + '…' : result.url}`,
  );
  await page.goto(target.url, { waitUntil: 'load', timeout: 60_000 });

  // -- first matrix ------------------------------------------------------------------------------
  const grid = page.getByRole('grid', { name: /matrix/i }).first();
  // Wait for the grid, but give up early when the page has settled without one: no request in
  // flight for 5 s and no loading status shown (or an error page), instead of the full 90 s.
  const waitStart = Date.now();
  for (;;) {
    if (await grid.isVisible().catch(() => false)) break;
    const settled = net.inflight === 0 && Date.now() - net.last > 5_000;
    const loading = await page
      .getByRole('status')
      .filter({ hasText: /load|validat|index|lade|prüf/i })
      .first()
      .isVisible()
      .catch(() => false);
    const errorPage = await page
      .getByText(/could not be loaded|konnte nicht geladen/i)
      .first()
      .isVisible()
      .catch(() => false);
    if (errorPage || (settled && !loading) || Date.now() - waitStart > 90_000) {
      const body = (
        await page
          .locator('body')
          .innerText()
          .catch(() => '')
      ).slice(0, 400);
      throw new Error(
        `${target.name}: no grid named "… matrix" appeared ` +
          `(${errorPage ? 'the app shows a load error' : settled ? 'page settled' : 'timed out'} after ` +
          `${((Date.now() - waitStart) / 1000).toFixed(0)} s).\n  page text: ${JSON.stringify(body)}` +
          (errors.length ? `\n  ${errors.slice(0, 5).join('\n  ')}` : ''),
      );
    }
    await page.waitForTimeout(100);
  }
  const gridSeenAt = await page.evaluate(() => performance.now());
  const hasMark = await page
    .waitForFunction(() => performance.getEntriesByName('cg:first-matrix').length > 0, null, {
      timeout: 10_000,
    })
    .then(() => true)
    .catch(() => false);
  const entries = await page.evaluate(() => ({
    load: performance.getEntriesByName('cg:load').map((e) => e.duration),
    first: performance.getEntriesByName('cg:first-matrix').map((e) => e.startTime),
  }));
  if (hasMark && entries.first.length) {
    result.firstMatrixMs = round(entries.first[0], 0);
    result.firstMatrixSource = 'mark';
  } else {
    result.firstMatrixMs = round(gridSeenAt, 0);
    result.firstMatrixSource = 'observed';
    result.problems.push(
      'no performance mark "cg:first-matrix" (figure is when the grid was seen)',
    );
  }
  if (entries.load.length) result.loadMs = round(entries.load[entries.load.length - 1], 0);
  else result.problems.push('no performance measure "cg:load"');

  // -- heap after load (after a GC, so it is the live size) --------------------------------------
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    result.heapMB = used != null ? round(used / 2 ** 20, 1) : null;
    await cdp.detach();
  } catch {
    const used = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
    result.heapMB = used != null ? round(used / 2 ** 20, 1) : null;
  }

  // -- "as of" changes ---------------------------------------------------------------------------
  const slider = page.getByRole('slider', { name: 'As of' }).first();
  if ((await slider.count()) === 0) {
    result.problems.push('no slider named "As of"');
  } else {
    await slider.focus();
    await page.evaluate(() => {
      performance.clearMeasures('cg:asof');
      const bench = { frames: [], pending: null };
      window.__cgBench = bench;
      window.addEventListener(
        'keydown',
        (e) => {
          const t0 = e.timeStamp; // same clock as performance.now()
          bench.pending = new Promise((r) =>
            requestAnimationFrame(() => {
              bench.frames.push(performance.now() - t0);
              r();
            }),
          );
        },
        { capture: true },
      );
    });
    await nextFrame(page);
    // Walk back through time from `at` (the value changes on every press, so cells do too);
    // if the slider is already at its minimum, walk forward instead.
    const before = await slider.inputValue().catch(() => null);
    let key = 'ArrowLeft';
    for (let k = 0; k < opts.presses; k++) {
      await page.keyboard.press(key);
      await page.evaluate(() => window.__cgBench.pending);
      await nextFrame(page);
      if (k === 0 && before !== null && (await slider.inputValue().catch(() => null)) === before) {
        key = 'ArrowRight';
      }
    }
    await nextFrame(page);
    const { asof, frames } = await page.evaluate(() => ({
      asof: performance.getEntriesByName('cg:asof').map((e) => e.duration),
      frames: window.__cgBench.frames,
    }));
    result.asofSamples = asof.length;
    result.asofP50Ms = round(percentile(asof, 50));
    result.asofP95Ms = round(percentile(asof, 95));
    result.asofFrameP50Ms = round(percentile(frames, 50));
    result.asofFrameP95Ms = round(percentile(frames, 95));
    if (asof.length === 0)
      result.problems.push('no performance measures "cg:asof" after "As of" changes');
    else if (asof.length < opts.presses * 0.5) {
      result.problems.push(`only ${asof.length} "cg:asof" measures for ${opts.presses} changes`);
    }
  }

  // -- timeline: pan, zoom, cursor drag (scripts/bench-timeline.mjs) ---------------------------
  await measureTimeline(page, result, nextFrame);

  await context.close();
  cleanups.pop();
  return result;
}

const results = [];
let failed = false;
for (const t of targets) {
  try {
    results.push(await measure(t));
  } catch (e) {
    failed = true;
    log(e?.message ?? e);
    results.push({
      dataset: t.name,
      statements: t.statements,
      error: String(e?.message ?? e).split('\n')[0],
    });
  }
}

// vis-timeline on the same data (comparison only; never fails the run).
const vis = [];
if (opts.vis) {
  const sets = [];
  if (bundled) sets.push(['bundled', `${baseUrl}datasets/${bundled.file.split('/').pop()}`]);
  sets.push(['synthetic', `${baseUrl}bench/synthetic.json`]);
  for (const [name, url] of sets) {
    log(`vis-timeline: rendering ${name}`);
    vis.push(await measureVis(browser, baseUrl, name, url));
  }
}

clearTimeout(deadline);
await cleanup();

// ---------------------------------------------------------------------------------------------
// 5. report

for (const r of results) {
  for (const p of r.problems ?? []) {
    failed = true;
    log(`${r.dataset}: contract: ${p}`);
  }
  for (const n of r.notes ?? []) log(`${r.dataset}: note: ${n}`);
  for (const e of (r.errors ?? []).slice(0, 5)) log(`${r.dataset}: ${e}`);
}

const totalS = round((Date.now() - started) / 1000, 1);
if (opts.json) {
  process.stdout.write(
    JSON.stringify(
      {
        ok: !failed,
        chromium: browserVersion,
        node: process.version,
        seconds: totalS,
        firstLoadGzip: bundle,
        routes: routes.map((r) => ({ path: r.path, kb: round(r.kb, 1), budgetKb: r.budgetKb })),
        synthetic: synthetic.stats,
        results,
        visTimeline: vis,
      },
      null,
      2,
    ) + '\n',
  );
} else {
  const show = (v, suffix = '') => (v == null ? '—' : `${v}${suffix}`);
  const rows = results.map((r) =>
    r.error
      ? {
          dataset: r.dataset,
          statements: show(r.statements),
          'load+validate ms': 'FAILED',
        }
      : {
          dataset: r.dataset,
          statements: show(r.statements),
          'load+validate ms': show(r.loadMs),
          'first matrix ms': show(r.firstMatrixMs, r.firstMatrixSource === 'observed' ? '*' : ''),
          'as of p50 ms': show(r.asofP50Ms),
          'as of p95 ms': show(r.asofP95Ms),
          'as of → frame p95 ms': show(r.asofFrameP95Ms),
          'pan frame p95 ms': show(r.panFrameP95Ms),
          'zoom frame p95 ms': show(r.zoomFrameP95Ms),
          'cursor → matrix p95 ms': show(r.cursorAsofP95Ms),
          'JS heap MB': show(r.heapMB),
        },
  );
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
      .join('  ');
  const out = [
    '',
    `Common Ground bench — Chromium ${browserVersion}, ${opts.presses} "as of" changes per dataset`,
    '',
    line(cols),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(cols.map((c) => r[c] ?? ''))),
    '',
    `entry (what index.html references) JS+CSS gzip: ${bundle.totalKB} KB (JS ${bundle.jsKB} KB, CSS ${bundle.cssKB} KB; index.html ${bundle.htmlKB} KB)`,
    ...routes.map(
      (r) =>
        `first load of ${r.path} with its route's chunks (JS + CSS, gzip): ${round(r.kb, 1)} KB (budget ${r.budgetKb} KB)`,
    ),
    `synthetic data: ${synthetic.stats.statements} statements, ${synthetic.stats.bytesMB} MB JSON, generated in ${synthetic.stats.generateMs} ms`,
  ];
  for (const v of vis) {
    out.push(
      `vis-timeline 8.5, ${v.dataset}: first render ${show(v.renderMs, ' ms')}, ` +
        `pan frame p95 ${show(v.panFrameP95Ms, ' ms')}, zoom frame p95 ${show(v.zoomFrameP95Ms, ' ms')}` +
        (v.note ? ` (${v.note})` : ''),
    );
  }
  for (const r of results) if (r.error) out.push(`FAILED ${r.error}`);
  if (rows.some((r) => String(r['first matrix ms'] ?? '').endsWith('*'))) {
    out.push('* no cg:first-matrix mark: time when the bench saw the grid');
  }
  out.push(`total ${totalS} s${failed ? ' — FAILED (see messages above)' : ''}`, '');
  process.stdout.write(out.join('\n'));
}
process.exit(failed ? 1 : 0);
