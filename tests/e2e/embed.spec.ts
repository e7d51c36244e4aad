import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { articleHtml, serveHost } from './fixtures/embed-host';
import { failOnConsoleErrors } from './no-console-errors';

failOnConsoleErrors();

const HOST_PORT = 4391;
// An earlier published version, kept in public/datasets/archive so frozen embeds still find it.
const PINNED = '2026-11-24.3';
const CURRENT = (
  JSON.parse(readFileSync('public/datasets/index.json', 'utf8')) as {
    datasets: { version: string }[];
  }
).datasets[0]!.version;
let host: Server;
let frames: readonly string[] = [];

test.beforeAll(async ({ baseURL }) => {
  host = await serveHost(() => articleHtml(baseURL ?? '', frames), HOST_PORT);
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

async function openArticle(page: Page, srcs: readonly string[]) {
  frames = srcs;
  await page.goto(`http://localhost:${HOST_PORT}/`);
}

test('an embed in an article shows the view without app chrome and grows to its content', async ({
  page,
}) => {
  await openArticle(page, ['/embed/matrix?parties=ukraine,russia,usa&issues=nato,nuclear']);
  const iframe = page.locator('iframe[data-common-ground]');
  const embed = page.frameLocator('iframe[data-common-ground]');
  await expect(embed.getByRole('grid', { name: 'Positions matrix' })).toBeVisible();
  await expect(embed.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(embed.getByText(/^As of \d+ \w+ \d{4}$/)).toBeVisible();
  await expect(
    embed.getByText(/^Sources: \d+ statements from \d+ outlets · Dataset version/),
  ).toBeVisible();
  await expect(embed.getByRole('navigation')).toHaveCount(0);
  await expect(embed.getByRole('combobox', { name: 'Language' })).toHaveCount(0);
  const link = embed.getByRole('link', { name: /Open in Common Ground/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute(
    'href',
    /^\/\?parties=ukraine,russia,usa&issues=nato,nuclear$/,
  );

  // The iframe starts at the browser's 150 px and takes the height its page reports.
  const content = await iframe
    .contentFrame()
    .locator('html')
    .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  expect(content).toBeGreaterThan(300);
  await expect.poll(async () => (await iframe.boundingBox())?.height).toBe(content);
});

test('the iframe follows its content when the content changes height', async ({ page }) => {
  await openArticle(page, ['/embed/matrix?parties=ukraine,russia&issues=nato']);
  const iframe = page.locator('iframe[data-common-ground]');
  await expect(page.frameLocator('iframe').getByRole('grid')).toBeVisible();
  await expect.poll(async () => (await iframe.boundingBox())?.height).toBeGreaterThan(150);
  const before = (await iframe.boundingBox())!.height;
  // A narrower article column wraps the text, so the content grows and the iframe with it.
  await page.setViewportSize({ width: 320, height: 700 });
  await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(before);
});

test('the host script ignores height messages from other windows', async ({ page }) => {
  await openArticle(page, ['/embed/matrix?parties=ukraine,russia&issues=nato']);
  const iframe = page.locator('iframe[data-common-ground]');
  await expect(page.frameLocator('iframe').getByRole('grid')).toBeVisible();
  await expect.poll(async () => (await iframe.boundingBox())?.height).toBeGreaterThan(150);
  const settled = (await iframe.boundingBox())!.height;
  // The host page itself (not the iframe) posts a well-formed message: it must be ignored.
  await page.evaluate(() =>
    window.postMessage({ type: 'common-ground:height', height: 4321 }, '*'),
  );
  await page.waitForTimeout(200);
  expect((await iframe.boundingBox())!.height).toBe(settled);
});

test('a frozen embed notes a newer version of the data, with a link to the live view', async ({
  page,
}) => {
  await page.route('**/datasets/index.json', async (route) => {
    const response = await route.fetch();
    const catalog = (await response.json()) as { datasets: { version: string }[] };
    for (const d of catalog.datasets) d.version = '2026-12-01.1';
    await route.fulfill({ response, json: catalog });
  });
  await page.goto(`/embed/matrix?version=${PINNED}&parties=ukraine,russia`);
  await expect(page.getByRole('grid', { name: 'Positions matrix' })).toBeVisible();
  const note = page.getByRole('note');
  await expect(note).toHaveText(
    'A newer version of this data exists (2026-12-01.1). Open the live view. (opens in a new tab)',
  );
  await expect(note.getByRole('link')).toHaveAttribute('href', '/?parties=ukraine,russia');
  // The pinned version itself is shown, from the archived copy.
  await expect(page.getByText(`Dataset version ${PINNED}`)).toBeVisible();
});

test('a frozen embed says nothing while its version is current; a live one never does', async ({
  page,
}) => {
  await page.goto(`/embed/matrix?version=${CURRENT}`);
  await expect(page.getByRole('grid', { name: 'Positions matrix' })).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(0);
  await page.goto('/embed/timeline');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('theme=dark gives dark colours whatever the system says', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/embed/matrix?theme=dark');
  await expect(page.getByRole('grid', { name: 'Positions matrix' })).toBeVisible();
  const background = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await background()).toBe('rgb(20, 24, 29)');
  await page.goto('/embed/matrix?theme=light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.getByRole('grid', { name: 'Positions matrix' })).toBeVisible();
  expect(await background()).toBe('rgb(255, 255, 255)');
});

const EMBEDDED = {
  matrix: { query: '', name: 'Positions matrix', role: 'grid' },
  timeline: { query: '', name: 'Timeline', role: 'region' },
  deal: { query: '&plan=us-28-point-plan&at=2025-11-30', name: 'Deal verdicts', role: 'grid' },
} as const;

for (const view of ['matrix', 'timeline', 'deal'] as const)
  for (const theme of ['light', 'dark'] as const)
    test(`axe finds no violations on /embed/${view} (${theme})`, async ({ page }) => {
      const { query, name, role } = EMBEDDED[view];
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`/embed/${view}?theme=${theme}${query}`);
      await expect(page.getByRole(role, { name })).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations).toEqual([]);
    });
