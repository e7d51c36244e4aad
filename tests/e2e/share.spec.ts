import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { serveHost } from './fixtures/embed-host';
import { failOnConsoleErrors } from './no-console-errors';

failOnConsoleErrors();

const START = '/?at=2024-12-04&parties=ukraine,russia,usa&issues=nato,territory-control';
// An article on another origin than the app (127.0.0.1), so embed.js checks origins for real.
// A real server: Chromium blocks a page that is not on loopback from loading the app's script.
const HOST_PORT = 4438;
let host: Server | undefined;
let article = '';
test.afterAll(
  () => new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve())),
);

const matrix = (page: Page) => page.getByRole('grid', { name: 'Positions matrix' });
const cellTexts = (page: Page) =>
  matrix(page)
    .getByRole('gridcell')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label')));

async function openEmbedDialog(page: Page) {
  await page.goto(START);
  await expect(matrix(page)).toBeVisible();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('button', { name: 'Embed…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a URL copied in one page reproduces the same matrix in a fresh page', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: baseURL!,
  });
  await page.goto(START);
  await expect(matrix(page)).toBeVisible();
  const before = await cellTexts(page);
  // Move "As of" back to the start: the matrix and the address change.
  await page.getByRole('slider', { name: 'As of' }).focus();
  await page.keyboard.press('Home');
  await expect.poll(() => cellTexts(page)).not.toEqual(before);
  await expect(page).not.toHaveURL(/at=2024-12-04/);
  const shown = await cellTexts(page);

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(copied);
    await expect(matrix(other)).toBeVisible();
    await expect.poll(() => cellTexts(other)).toEqual(shown);
    expect(shown.length).toBe(6);
  } finally {
    await fresh.close();
  }
});

test('the embed dialog’s code works when pasted into a host page', async ({ page }) => {
  const dialog = await openEmbedDialog(page);
  await dialog.getByRole('radio', { name: /^Frozen — pins dataset version / }).check();
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(code).toMatch(/\/embed\/matrix\?version=\d{4}-\d{2}-\d{2}\.\d+&amp;at=2024-12-04/);
  expect(code).toContain('height:640px');

  article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head>
<body style="max-width:42rem;margin:0 auto"><h1>Where the talks stand</h1><p>Text.</p>
${code}
<p>More text.</p></body></html>`;
  host ??= await serveHost(() => article, HOST_PORT);
  await page.goto(`http://localhost:${HOST_PORT}/`);
  const iframe = page.locator('iframe[data-common-ground]');
  const embed = page.frameLocator('iframe[data-common-ground]');
  await expect(embed.getByRole('grid', { name: 'Positions matrix' })).toBeVisible();
  await expect(embed.getByRole('navigation')).toHaveCount(0);
  await expect(embed.getByRole('banner')).toHaveCount(0);
  await expect(embed.getByRole('button', { name: 'Share', exact: true })).toHaveCount(0);

  // embed.js replaces the snippet's 640 px with the height the frame's page reports.
  const content = () =>
    iframe
      .contentFrame()
      .locator('html')
      .evaluate((html) => html.scrollHeight);
  await expect.poll(() => iframe.evaluate((f) => f.style.height)).not.toBe('640px');
  const height = parseFloat(await iframe.evaluate((f) => f.style.height));
  expect(Math.abs(height - (await content()))).toBeLessThanOrEqual(3);
});

test('the page with the embed dialog open passes axe', async ({ page }) => {
  const dialog = await openEmbedDialog(page);
  await expect(
    page.frameLocator('iframe[title="Preview of the embed"]').getByRole('grid'),
  ).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Matrix' })).toBeFocused();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations).toEqual([]);
});

test('Esc closes the embed dialog and returns to the Share button', async ({ page }) => {
  const dialog = await openEmbedDialog(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeFocused();
});
