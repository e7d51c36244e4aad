#!/usr/bin/env node
/**
 * `npm run lighthouse` — Lighthouse's mobile audit (a mid-range phone: 4× slower CPU, slow 4G,
 * simulated) of the built site in the system's Chromium, for a few routes.
 *
 *   node scripts/lighthouse.mjs [--dist dist] [--runs 3] [--http1] [--check]
 *                               [--min-performance 95] [--json] [route …]
 *
 * The site is served the way static hosts serve it: gzip, and HTTP/2 over TLS (a throwaway
 * self-signed certificate made with openssl). `--http1` serves plain HTTP/1.1 instead, like
 * `vite preview`: a browser then opens six connections at most, and the app's ~20 first-load
 * files cost more round trips. Each route runs `--runs` times and the median performance run
 * counts (Lighthouse's advice: its scores vary from run to run).
 * `--check` fails unless accessibility = 100, best practices ≥ 95 and performance ≥ 95 (or
 * `--min-performance`: a different floor for performance).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const valued = new Set(['--dist', '--runs', '--min-performance']);
const routes = argv.filter((a, i) => a.startsWith('/') && !valued.has(argv[i - 1]));
const opts = {
  dist: resolve(option('dist', 'dist')),
  runs: Math.max(1, Number(option('runs', 3)) || 1),
  http1: flag('http1'),
  check: flag('check'),
  json: flag('json'),
  minPerformance: Number(option('min-performance', 95)),
  routes: routes.length > 0 ? routes : ['/', '/embed/matrix', '/deal'],
};
const GOALS = { performance: 0.95, accessibility: 1, 'best-practices': 0.95 };
const log = (...a) => console.error('[lighthouse]', ...a);

if (!existsSync(join(opts.dist, 'index.html'))) {
  log(`no build in ${opts.dist}: run \`npm run build\` first`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

// Compressed once per file, as static hosts do: gzip on every request would take CPU from the
// browser under test on a small machine.
const zippedBodies = new Map();
const gzipOnce = (file, body) => {
  if (!zippedBodies.has(file)) zippedBodies.set(file, gzipSync(body));
  return zippedBodies.get(file);
};

/** A static host: files from dist, gzip, and index.html for app routes (as 404.html hosts do). */
function handle(req, res) {
  const path = decodeURIComponent(new URL(req.url, 'http://host').pathname);
  let file = join(opts.dist, path);
  if (!file.startsWith(opts.dist) || !existsSync(file) || statSync(file).isDirectory())
    file = join(opts.dist, 'index.html');
  const body = readFileSync(file);
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const zipped = /^(text|application\/(json|manifest))|svg/.test(type);
  res.writeHead(200, {
    'content-type': type,
    'cache-control': 'no-cache',
    ...(zipped && { 'content-encoding': 'gzip' }),
  });
  res.end(zipped ? gzipOnce(file, body) : body);
}

function certificate() {
  const dir = mkdtempSync(join(tmpdir(), 'cg-lh-'));
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  if (made.status !== 0) {
    log('openssl is needed for the HTTP/2 server (or pass --http1)');
    process.exit(1);
  }
  const pair = {
    key: readFileSync(join(dir, 'key.pem')),
    cert: readFileSync(join(dir, 'cert.pem')),
  };
  rmSync(dir, { recursive: true });
  return pair;
}

async function serve() {
  const server = opts.http1
    ? createServer(handle)
    : createSecureServer({ ...certificate(), allowHTTP1: true }, handle);
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { server, origin: `${opts.http1 ? 'http' : 'https'}://127.0.0.1:${port}` };
}

const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
};

function summary(lhr) {
  const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const failing = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map((a) => a.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    metrics: Object.fromEntries(
      Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.displayValue ?? '?']),
    ),
    failing,
  };
}

const median = (runs) =>
  [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];

async function main() {
  const { server, origin } = await serve();
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumArgs, '--ignore-certificate-errors'],
  });
  const results = [];
  try {
    for (const route of opts.routes) {
      const runs = [];
      for (let i = 0; i < opts.runs; i++) {
        const { lhr } = await lighthouse(`${origin}${route}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(GOALS),
        });
        runs.push(summary(lhr));
        log(`${route} run ${i + 1}: performance ${runs.at(-1).performance}`);
      }
      results.push({ route, ...median(runs), runs: runs.map((r) => r.performance) });
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  report(results);
  const goals = { ...GOALS, performance: opts.minPerformance / 100 };
  const short = results.filter((r) => Object.entries(goals).some(([c, goal]) => r[c] < goal * 100));
  if (opts.check && short.length > 0) {
    log(
      `below the goals (performance ≥ ${opts.minPerformance}, accessibility 100, best practices ≥ 95): ${short.map((r) => r.route).join(', ')}`,
    );
    process.exit(1);
  }
}

function report(results) {
  if (opts.json) {
    process.stdout.write(
      `${JSON.stringify({ http: opts.http1 ? '1.1' : '2', results }, null, 2)}\n`,
    );
    return;
  }
  const rows = results.map((r) => [
    r.route,
    `${r.performance} (${r.runs.join(', ')})`,
    r.accessibility,
    r['best-practices'],
    ...Object.values(r.metrics),
  ]);
  const head = ['route', 'performance (runs)', 'a11y', 'best pr.', ...Object.keys(METRICS)];
  console.log(`Lighthouse, mobile, HTTP/${opts.http1 ? '1.1' : '2'}; median of ${opts.runs}:`);
  console.log(`| ${head.join(' | ')} |\n|${head.map(() => ' --- ').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  for (const r of results)
    if (r.failing.length > 0) console.log(`${r.route} failing audits: ${r.failing.join(', ')}`);
}

await main();
