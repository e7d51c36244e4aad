#!/usr/bin/env node
/**
 * `npm run data:report` — what a dataset holds and how well it covers the parties × issues.
 *
 *   node scripts/data-report.mjs [path/to/dataset.json] [--json]
 *
 * Validates the file with the app's own validator (`src/data/validate.ts`, loaded through Vite's
 * SSR loader, so no tsx is needed). An invalid dataset prints every error with its JSON path and
 * exits 1. A valid one prints totals, counts by reliability grade, a coverage table (cell =
 * `statements/latest date`, `·` = none), per party the issues with a known position at `asOf` and
 * the statements per year, and the sources by type. `--json` prints the same as JSON on stdout.
 * Default file: public/datasets/russia-ukraine.json.
 */
import { loadTsModules } from './ts-modules.mjs';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write('usage: node scripts/data-report.mjs [dataset.json] [--json]\n');
  process.exit(0);
}
const asJson = argv.includes('--json');
const unknown = argv.filter((a) => a.startsWith('-') && a !== '--json');
if (unknown.length) fail(`unknown option ${unknown.join(' ')} (try --help)`);
const given = argv.find((a) => !a.startsWith('-'));
const file = given ? resolve(given) : resolve(root, 'public/datasets/russia-ukraine.json');
const WIDTH = 160;
const RELIABILITY = ['official', 'on-record', 'reported'];

function fail(message) {
  process.stderr.write(`data-report: ${message}\n`);
  process.exit(2);
}

const text = (() => {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    return fail(`cannot read ${file}: ${e.message}`);
  }
})();

const [{ parseDataset }, { buildIndex }, { positionAt, hasStance }] = await loadTsModules(root, [
  '/src/data/validate.ts',
  '/src/model/dataset-index.ts',
  '/src/model/position.ts',
]);

const result = parseDataset(text);
const rel = relative(process.cwd(), file);
const shown = rel && !rel.startsWith('..') ? rel : file;
if (!result.ok) {
  if (asJson) {
    const errors = result.errors.map((e) => ({ path: e.path, message: e.message.en }));
    process.stdout.write(`${JSON.stringify({ file: shown, valid: false, errors }, null, 2)}\n`);
  } else {
    process.stderr.write(`${shown}: ${result.errors.length} error(s)\n`);
    for (const e of result.errors) process.stderr.write(`  ${e.path}: ${e.message.en}\n`);
  }
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// counting

const ds = result.dataset;
const index = buildIndex(ds);
const tally = (items, key) => {
  const out = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
};
const sorted = (obj) =>
  Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : 1)));
const years = [...new Set(ds.statements.map((s) => s.date.slice(0, 4)))].sort();

const coverage = {};
const parties = {};
for (const p of ds.parties) {
  coverage[p.id] = {};
  for (const i of ds.issues) {
    const mine = ds.statements.filter((s) => s.party === p.id && s.issue === i.id);
    if (!mine.length) continue;
    const latest = mine
      .map((s) => s.date)
      .sort()
      .at(-1);
    coverage[p.id][i.id] = { count: mine.length, latest };
  }
  const own = ds.statements.filter((s) => s.party === p.id);
  const known = ds.issues.filter((i) => hasStance(positionAt(index, p.id, i.id, ds.asOf)));
  parties[p.id] = {
    statements: own.length,
    knownAtAsOf: known.length,
    byYear: sorted(tally(own, (s) => s.date.slice(0, 4))),
  };
}

const report = {
  file: shown,
  valid: true,
  id: ds.id,
  version: ds.version,
  asOf: ds.asOf,
  totals: {
    parties: ds.parties.length,
    issues: ds.issues.length,
    statements: ds.statements.length,
    sources: ds.sources.length,
    events: ds.events.length,
    plans: ds.plans.length,
    tourSteps: ds.tour?.length ?? 0,
  },
  reliability: Object.fromEntries(
    RELIABILITY.map((r) => [r, ds.statements.filter((s) => s.reliability === r).length]),
  ),
  coverage,
  parties,
  statementsByYear: sorted(tally(ds.statements, (s) => s.date.slice(0, 4))),
  sourcesByType: sorted(tally(ds.sources, (s) => s.type ?? '(none)')),
  sourcesWithVia: ds.sources.filter((s) => s.via !== undefined).length,
};

if (asJson) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// printing

const out = [];
const say = (line = '') => out.push(line.trimEnd());
const table = (rows, sep = '  ') => {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const r of rows)
    say(
      r
        .map((cell, c) => (c ? String(cell).padStart(widths[c]) : String(cell).padEnd(widths[c])))
        .join(sep),
    );
};

const wrap = (line) => {
  let rest = line;
  while (rest.length > WIDTH) {
    const cut = rest.lastIndexOf(' · ', WIDTH);
    if (cut <= 0) break;
    say(rest.slice(0, cut));
    rest = `     ${rest.slice(cut + 3)}`;
  }
  say(rest);
};

const t = report.totals;
say(`${ds.id} ${ds.version} · as of ${ds.asOf} · ${shown} · valid`);
say();
table([
  ['parties', 'issues', 'statements', 'sources', 'events', 'plans', 'tour steps'],
  [t.parties, t.issues, t.statements, t.sources, t.events, t.plans, t.tourSteps],
]);
say();
say(`reliability: ${RELIABILITY.map((r) => `${r} ${report.reliability[r]}`).join(' · ')}`);
say();

// Coverage: as wide as the terminal allows; dates shorten to YY-MM and ids are abbreviated to fit.
const partyWidth = Math.max(5, ...ds.parties.map((p) => p.id.length));
const cellWidth = Math.max(5, Math.floor((WIDTH - partyWidth) / ds.issues.length) - 1);
const cells = Object.values(coverage).flatMap((row) => Object.values(row));
const fullFits = cells.every((c) => `${c.count}/${c.latest.slice(0, 7)}`.length <= cellWidth);
const cellText = (c) => (c ? `${c.count}/${c.latest.slice(fullFits ? 0 : 2, 7)}` : '·');
const abbrev = new Map();
for (const { id } of ds.issues) {
  const parts = id.split('-');
  const each = Math.max(1, Math.floor((cellWidth - parts.length + 1) / parts.length));
  let short = id.length <= cellWidth ? id : parts.map((p) => p.slice(0, each)).join('-');
  for (let n = 2; [...abbrev.values()].includes(short); n++) short = `${short.slice(0, -1)}${n}`;
  abbrev.set(id, short);
}
say(`coverage: statements/latest date (${fullFits ? 'YYYY-MM' : 'YY-MM'}), · = none`);
table(
  [
    ['party', ...ds.issues.map((i) => abbrev.get(i.id))],
    ...ds.parties.map((p) => [p.id, ...ds.issues.map((i) => cellText(coverage[p.id][i.id]))]),
  ],
  ' ',
);
const renamed = ds.issues.filter((i) => abbrev.get(i.id) !== i.id);
if (renamed.length) wrap(`key: ${renamed.map((i) => `${abbrev.get(i.id)} = ${i.id}`).join(' · ')}`);
say();

say(`per party: issues with a known position at ${ds.asOf}, statements by year`);
table([
  ['party', `known/${ds.issues.length}`, 'statements', ...years],
  ...ds.parties.map((p) => {
    const r = parties[p.id];
    return [p.id, r.knownAtAsOf, r.statements, ...years.map((y) => r.byYear[y] ?? '·')];
  }),
  ['all', '', ds.statements.length, ...years.map((y) => report.statementsByYear[y] ?? '·')],
]);
say();
const types = Object.entries(report.sourcesByType).map(([k, v]) => `${k} ${v}`);
wrap(`sources by type: ${types.join(' · ')} · with a via chain ${report.sourcesWithVia}`);
process.stdout.write(`${out.join('\n')}\n`);
