import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseCsv } from '../unit/export/parse-csv';
import { failOnConsoleErrors } from './no-console-errors';

failOnConsoleErrors();

const VIEW =
  '/?at=2024-12-04&parties=ukraine,russia,usa,eu&issues=nato,territory-control,neutrality,sanctions';
const DATASET_TITLE = 'Russia–Ukraine war: who accepts what';

const matrix = (page: Page) => page.getByRole('grid', { name: 'Positions matrix' });

/** Chooses `format` in the menu behind `button` and returns the saved file's name and bytes. */
async function exportFile(page: Page, button: Locator, format: string) {
  await button.click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: format, exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** The natural size of a PNG, decoded by the browser as an image. */
async function pngSize(page: Page, bytes: Buffer) {
  const url = `data:image/png;base64,${bytes.toString('base64')}`;
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    return { width: img.naturalWidth, height: img.naturalHeight };
  }, url);
}

test('the matrix exports as SVG and as PNG at 1× and 2×, with the title', async ({ page }) => {
  await page.goto(VIEW);
  await expect(matrix(page)).toBeVisible();
  const button = page.getByRole('button', { name: 'Export matrix' });
  const svg = await exportFile(page, button, 'SVG');
  expect(svg.name).toBe('common-ground-russia-ukraine-matrix-2024-12-04.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toContain(DATASET_TITLE);
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      title: doc.querySelector('svg > title')?.textContent,
      cells: doc.querySelectorAll('g.cell').length,
    };
  }, text);
  expect(parsed).toEqual({ error: false, title: `${DATASET_TITLE} — Positions matrix`, cells: 16 });

  const one = await exportFile(page, button, 'PNG (1×)');
  const two = await exportFile(page, button, 'PNG (2×)');
  expect(two.name).toBe('common-ground-russia-ukraine-matrix-2024-12-04-2x.png');
  const size1 = await pngSize(page, one.bytes);
  const size2 = await pngSize(page, two.bytes);
  expect(size1.width).toBeGreaterThan(400);
  expect(Math.abs(size2.width - 2 * size1.width)).toBeLessThanOrEqual(2);
  expect(Math.abs(size2.height - 2 * size1.height)).toBeLessThanOrEqual(2);
});

test('the matrix CSV has one row per gridcell on the page', async ({ page }) => {
  await page.goto(`${VIEW}&rel=on-record`);
  await expect(matrix(page).getByRole('gridcell')).toHaveCount(16);
  const cells = await matrix(page).getByRole('gridcell').count();
  const csv = await exportFile(
    page,
    page.getByRole('button', { name: 'Export matrix' }),
    'CSV: matrix as shown',
  );
  expect(csv.name).toBe('common-ground-russia-ukraine-matrix-2024-12-04.csv');
  const rows = parseCsv(csv.bytes.toString('utf8'));
  expect(rows[0]![0]).toBe('Party');
  expect(rows.length - 1).toBe(cells);
  // The same order as on screen: the first row's cells, party by party.
  expect(rows.slice(1, 5).map((r) => r[0])).toEqual([
    'Ukraine',
    'Russia',
    'United States',
    'European Union',
  ]);
});

test('the timeline exports its statements in view and an SVG', async ({ page }) => {
  await page.goto(`${VIEW}&from=2024-01-01&to=2024-12-31`);
  const button = page.getByRole('button', { name: 'Export timeline' });
  const csv = await exportFile(page, button, 'CSV: statements in view');
  const rows = parseCsv(csv.bytes.toString('utf8')).slice(1);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r[0]! >= '2024-01' && r[0]! <= '2024-12-31')).toBe(true);
  const svg = await exportFile(page, button, 'SVG');
  expect(svg.bytes.toString('utf8')).toContain(`${DATASET_TITLE} — Timeline`);
});

test('the printed handout shows the view, the summary and a QR code, and hides the app', async ({
  page,
}) => {
  await page.goto(VIEW);
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '');
  });
  const header = page.locator('header').first();
  await expect(header).toBeVisible();
  const summary = (await page.locator('.view-summary-text').first().textContent())!.trim();
  expect(summary.length).toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Export matrix' }).click();
  await page.getByRole('button', { name: 'Print handout (A4)…' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', '');
  expect(await page.locator('.handout style').textContent()).toContain('size: A4');

  await page.emulateMedia({ media: 'print' });
  const handout = page.locator('.handout');
  await expect(handout.getByRole('img', { name: 'QR code linking to this view' })).toBeVisible();
  await expect(handout.getByText(summary)).toBeVisible();
  await expect(
    handout.getByRole('heading', { name: `${DATASET_TITLE} — Positions matrix` }),
  ).toBeVisible();
  const image = handout.locator('img.handout-view');
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(header).toBeHidden();
  await expect(matrix(page)).toBeHidden();
});

test('the open menu has no accessibility violations', async ({ page }) => {
  await page.goto(VIEW);
  await page.getByRole('button', { name: 'Export matrix' }).click();
  await expect(page.getByRole('button', { name: 'PNG (1×)' })).toBeFocused();
  const { violations } = await new AxeBuilder({ page }).include('.export-menu').analyze();
  expect(violations).toEqual([]);
});
