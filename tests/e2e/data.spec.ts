import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { failOnConsoleErrors } from './no-console-errors';

failOnConsoleErrors();

const TEMPLATE = 'public/templates/template.json';
const TEMPLATE_TITLE = 'Template: the Coral Strait fishing dispute (fictional)';
const BUNDLED_TITLE = 'Russia–Ukraine war: who accepts what';
const CSV_DIR = 'public/templates/csv';
const template = () => JSON.parse(readFileSync(TEMPLATE, 'utf8')) as Record<string, unknown>;

const loadPanel = (page: Page) => page.getByRole('region', { name: 'Load dataset' });
const fileInput = (page: Page) => loadPanel(page).locator('input[type=file]');
const myDatasets = (page: Page) => page.getByRole('list', { name: 'My datasets' });

async function choose(page: Page, files: Parameters<Locator['setInputFiles']>[0]) {
  await fileInput(page).setInputFiles(files);
}

const json = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
});

/** Loads a file that must be valid, and uses it; answers the `my:` key in the URL. */
async function loadAndUse(page: Page, files: Parameters<Locator['setInputFiles']>[0]) {
  await page.goto('/data');
  await choose(page, files);
  const panel = loadPanel(page);
  await expect(panel.getByRole('heading', { level: 3 })).toContainText('is valid');
  await panel.getByRole('button', { name: 'Use this dataset' }).click();
  await expect(page).toHaveURL(/[?&]dataset=my:[a-z0-9-]+/);
  return new URL(page.url()).searchParams.get('dataset');
}

test('the template loads from a file, survives a reload, and can be deleted', async ({ page }) => {
  const dataset = await loadAndUse(page, TEMPLATE);
  await expect(page.getByText(`Now showing “${TEMPLATE_TITLE}”.`)).toBeFocused();
  await page.reload();
  await expect(page.getByText(`Showing “${TEMPLATE_TITLE}”, version 2025-12-15.1.`)).toBeVisible();
  await page.goto(`/?dataset=${dataset}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEMPLATE_TITLE);
  await expect(page.getByRole('grid', { name: 'Positions matrix' })).toBeVisible();

  await page.getByRole('link', { name: 'Data' }).click();
  const entry = myDatasets(page).getByRole('listitem');
  await expect(entry).toHaveAttribute('aria-current', 'true');
  await entry.getByRole('button', { name: `Delete “${TEMPLATE_TITLE}”` }).click();
  await entry.getByRole('button', { name: 'Delete it' }).click();
  await expect(page.getByText(/Now showing the bundled dataset\./)).toBeVisible();
  await expect(page).toHaveURL(/\/data$/);
  await expect(page.getByText(/^None yet\./)).toBeVisible();
  // Its link now leads to a clear message and the way back.
  await page.goto(`/?dataset=${dataset}`);
  await expect(page.getByText(/no longer kept in this browser/)).toBeVisible();
  await page.getByRole('link', { name: 'Open the bundled dataset instead' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BUNDLED_TITLE);
});

test('the template’s CSV sheets load together as one dataset', async ({ page }) => {
  const sheets = readdirSync(CSV_DIR).map((name) => `${CSV_DIR}/${name}`);
  expect(sheets).toHaveLength(12);
  await loadAndUse(page, sheets);
  await page.getByRole('link', { name: 'Open it in the explorer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEMPLATE_TITLE);
  await page.goto('/data');
  await expect(myDatasets(page).getByRole('listitem')).toContainText('from CSV sheets');
});

test('the template loads from ?data=, with a note of where it comes from', async ({
  page,
  baseURL,
}) => {
  await page.goto(`/?data=${encodeURIComponent(`${baseURL}/templates/template.json`)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEMPLATE_TITLE);
  await expect(page.getByText(/This dataset comes from 127\.0\.0\.1:\d+/)).toBeVisible();
});

test('a broken file lists its problems with their places, and the app keeps working', async ({
  page,
}) => {
  await page.goto('/data');
  const broken = template() as { statements: Record<string, unknown>[] };
  broken.statements[0]!.date = '15/01/2025';
  broken.statements[2]!.reliability = 'rumour';
  await choose(page, json('coral.json', broken));
  const panel = loadPanel(page);
  const heading = panel.getByRole('heading', { name: '“coral.json” cannot be loaded: 2 problems' });
  await expect(heading).toBeFocused();
  const problems = panel.getByRole('listitem');
  await expect(problems.nth(0)).toContainText('$.statements[0].date');
  await expect(problems.nth(0)).toContainText('How to fix: Write 2025-03-01');
  await expect(problems.nth(1)).toContainText('$.statements[2].reliability');

  const csv = readdirSync(CSV_DIR).map((name) => {
    const text = readFileSync(`${CSV_DIR}/${name}`, 'utf8');
    const edited =
      name === 'statements.csv' ? text.replace(/,official(\r?\n)/, ',officially$1') : text;
    return { name, mimeType: 'text/csv', buffer: Buffer.from(edited) };
  });
  await choose(page, csv);
  await expect(
    panel.getByRole('heading', { name: '“12 files” cannot be loaded: 1 problem' }),
  ).toBeVisible();
  await expect(problems.first()).toContainText(/^statements\.csv, row 2, column reliability/);

  await page.getByRole('link', { name: 'Explore' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BUNDLED_TITLE);
  await expect(page.getByRole('grid', { name: 'Positions matrix' })).toBeVisible();
});

test('script-like text in a dataset shows as text, and nothing runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const hostile = template() as {
    title: Record<string, string>;
    parties: { name: Record<string, string> }[];
    statements: { summary: Record<string, string> }[];
  };
  const title = '<script>alert(1)</script> Coral';
  const party = '<img src=x onerror="alert(2)">';
  hostile.title = { en: title, de: title };
  hostile.parties[0]!.name = { en: party, de: party };
  hostile.statements[0]!.summary = { en: '<b onmouseover=alert(3)>bold</b>', de: 'x' };
  await loadAndUse(page, json('hostile.json', hostile));
  await expect(page.getByText(`Showing “${title}”, version 2025-12-15.1.`)).toBeVisible();
  const table = page.getByRole('table', { name: 'Statements' });
  await expect(table.getByText('<b onmouseover=alert(3)>bold</b>')).toBeVisible();
  await table.getByText('<b onmouseover=alert(3)>bold</b>').hover();
  await page.getByRole('link', { name: 'Open it in the explorer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const grid = page.getByRole('grid', { name: 'Positions matrix' });
  await expect(grid.getByText(party).first()).toBeVisible();
  expect(await page.locator('img[src="x"], script:not([src]), b[onmouseover]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('large files are checked off the page; beyond the limit, a clear message', async ({
  page,
}, testInfo) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('/data');
  const panel = loadPanel(page);
  await expect(panel).toBeVisible();
  workers.length = 0; // the bundled dataset's own load
  // Over 1 MB, JSON and CSV are checked in a Web Worker (`IN_THREAD_BYTES`).
  const big = template() as { statements: { id: string }[] };
  big.statements = Array.from({ length: 400 }, (_, i) =>
    big.statements.map((s) => ({ ...s, id: `${s.id}-${i}` })),
  ).flat();
  const bigJson = json('big.json', big);
  expect(bigJson.buffer.length).toBeGreaterThan(2 * 1024 * 1024);
  await choose(page, bigJson);
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText(
    `“${TEMPLATE_TITLE}” is valid: 4 parties, 3 issues, 6,400 statements.`,
    { timeout: 20_000 },
  );
  const sheets = readdirSync(CSV_DIR).map((name) => {
    const text = readFileSync(`${CSV_DIR}/${name}`, 'utf8');
    if (name !== 'statements.csv') return { name, mimeType: 'text/csv', buffer: Buffer.from(text) };
    const [header, ...rows] = text.split(/\r?\n/).filter(Boolean);
    const many = Array.from({ length: 400 }, (_, i) =>
      rows.map((r) => r.replace(/^([^,]+)/, `$1-${i}`)),
    );
    return { name, mimeType: 'text/csv', buffer: Buffer.from([header, ...many.flat()].join('\n')) };
  });
  await choose(page, sheets);
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText(
    `“${TEMPLATE_TITLE}” is valid: 4 parties, 3 issues, 6,400 statements.`,
    { timeout: 20_000 },
  );
  expect(workers).toEqual([
    expect.stringMatching(/load-worker/),
    expect.stringMatching(/csv-worker/),
  ]);

  const huge = testInfo.outputPath('huge.json');
  writeFileSync(huge, Buffer.alloc(101 * 1024 * 1024, 32));
  await choose(page, huge);
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText(
    '“huge.json” cannot be loaded: 1 problem',
  );
  await expect(panel.getByRole('listitem')).toContainText(
    'The file is 101 MB; the limit is 100 MB.',
  );
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on /data with a stored dataset and errors shown (${scheme})`, async ({
    page,
  }) => {
    test.slow(); // axe reads the whole statements table
    await page.emulateMedia({ colorScheme: scheme });
    await loadAndUse(page, TEMPLATE); // so that "My datasets" lists one, in use
    await expect(myDatasets(page).getByRole('listitem')).toBeVisible();
    await choose(page, json('broken.json', '{"schemaVersion": 1, "id": "Bad Id"}'));
    await expect(loadPanel(page).getByRole('heading', { level: 3 })).toContainText(
      'cannot be loaded',
    );
    await page.getByRole('textbox', { name: 'Load from a web address' }).fill('ftp://x');
    await page.getByRole('button', { name: 'Open' }).click();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([]);
  });
}
