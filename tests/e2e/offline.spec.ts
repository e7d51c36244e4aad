import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { failOnConsoleErrors } from './no-console-errors';

failOnConsoleErrors();

// Every other spec blocks service workers (playwright.config.ts); here the app's own one runs.
test.use({ serviceWorkers: 'allow' });

const matrix = (page: Page) => page.getByRole('grid', { name: 'Positions matrix' });

/** Whether the service worker controls the page and holds the bundled dataset and its catalog. */
function cachedForOffline(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const keys = await (await caches.open('cg-datasets')).keys();
    const paths = keys.map((request) => new URL(request.url).pathname);
    return (
      paths.includes('/datasets/index.json') && paths.includes('/datasets/russia-ukraine.json')
    );
  });
}

/** The first visit, online: the app installs its service worker and says it works offline. */
async function firstVisit(page: Page) {
  await page.goto('/');
  await expect(matrix(page)).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect(page.getByRole('status', { name: 'App updates' })).toHaveText(
    /Common Ground now works offline too\./,
  );
  await expect.poll(() => cachedForOffline(page), { timeout: 15_000 }).toBe(true);
}

test('after the first visit, every view works with no network', async ({ page, context }) => {
  await firstVisit(page);
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  await page.reload();
  await expect(matrix(page)).toBeVisible();
  await expect(matrix(page).getByRole('gridcell').first()).toBeVisible();

  await page.goto('/deal?plan=us-28-point-plan');
  await expect(page.getByRole('grid', { name: 'Deal verdicts' })).toBeVisible();

  await page.goto('/present?step=2');
  await expect(page.locator('.present-counter')).toHaveText(/^Step 2 of \d+$/);

  await page.goto('/data');
  await expect(page.getByRole('table', { name: 'Statements' })).toBeVisible();

  await page.goto('/timeline');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('German loads offline too (its messages are cached with the app)', async ({
  page,
  context,
}) => {
  await firstVisit(page);
  await context.setOffline(true);
  await page.reload();
  await expect(matrix(page)).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.getByRole('grid', { name: 'Positionsmatrix' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('a new deployment shows the update notice; Reload switches to it', async ({ page }) => {
  await firstVisit(page);
  // Deploy: any change to the service worker's bytes is a new version (vite preview reads the
  // file on every request). The old worker keeps the page until the reader says Reload.
  const sw = resolve('dist/sw.js');
  const deployed = readFileSync(sw, 'utf8');
  try {
    writeFileSync(sw, `${deployed}\n// deployment ${Date.now()}\n`);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const status = page.getByRole('status', { name: 'App updates' });
    await expect(status).toHaveText(/A new version of Common Ground is available\./, {
      timeout: 15_000,
    });
    const waiting = () =>
      page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
    expect(await waiting()).toBe(true);
    await page.evaluate(() => Object.assign(window, { beforeReload: true }));
    const reloaded = page.waitForEvent('load');
    await status.getByRole('button', { name: 'Reload' }).click();
    // The page reloads under the new version: no waiting worker, no notice, the matrix back.
    await reloaded;
    expect(await page.evaluate(() => 'beforeReload' in window)).toBe(false);
    await expect(matrix(page)).toBeVisible();
    expect(await waiting()).toBe(false);
    await expect(status).not.toHaveText(/new version/);
  } finally {
    writeFileSync(sw, deployed);
  }
});

test('the offline notice is accessible and can be dismissed', async ({ page }) => {
  await page.goto('/');
  await expect(matrix(page)).toBeVisible();
  const status = page.getByRole('status', { name: 'App updates' });
  await expect(status).toHaveText(/works offline/);
  const results = await new AxeBuilder({ page })
    .include('.pwa-notice-region')
    .withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await status.getByRole('button', { name: 'OK' }).click();
  await expect(status).toBeEmpty();
});
