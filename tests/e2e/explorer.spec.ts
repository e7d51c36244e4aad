import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { failOnConsoleErrors } from './no-console-errors';

failOnConsoleErrors();

const matrix = (page: Page) => page.getByRole('grid', { name: 'Positions matrix' });
const cellTexts = (page: Page) =>
  matrix(page)
    .getByRole('gridcell')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label')));

test('the explorer shows the matrix, and moving "As of" changes it', async ({ page }) => {
  await page.goto('/');
  await expect(matrix(page)).toBeVisible();
  const before = await cellTexts(page);
  const slider = page.getByRole('slider', { name: 'As of' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect.poll(() => cellTexts(page)).not.toEqual(before);
  await expect(page).toHaveURL(/at=\d{4}-\d{2}-\d{2}/);
});

test('clicking a cell shows a source link in the details', async ({ page }) => {
  await page.goto('/');
  await matrix(page)
    .getByRole('gridcell', { name: /stated/ })
    .first()
    .click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
  await expect(page).toHaveURL(/focus=[a-z0-9-]+:[a-z0-9-]+/);
});

test('switching the language shows German', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.getByRole('grid', { name: 'Positionsmatrix' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveURL(/lang=de/);
});

test('/data and /about load', async ({ page }) => {
  await page.goto('/data');
  await expect(page.getByRole('table', { name: 'Statements' })).toBeVisible();
  await page.goto('/about');
  await expect(page.getByRole('heading', { name: 'About the method', level: 1 })).toBeVisible();
});

test('a link with nonsense parameters shows a notice and still works', async ({ page }) => {
  await page.goto('/?at=someday&parties=atlantis&mode=pie&lang=xx');
  await expect(page.getByRole('region', { name: 'Notices' }).getByText(/someday/)).toBeVisible();
  await expect(matrix(page)).toBeVisible();
});

test('a state in the URL reproduces the view after a reload', async ({ page }) => {
  await page.goto('/');
  await matrix(page).getByRole('gridcell').first().click();
  const url = page.url();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(matrix(page).locator('[aria-selected="true"]')).toHaveCount(1);
});

const overlapCell = (page: Page, name: RegExp) =>
  page.getByRole('grid', { name: 'Overlap matrix' }).getByRole('gridcell', { name });

test('the overlap matrix shows a known conflict and a known overlap', async ({ page }) => {
  await page.goto('/?at=2025-12-31&parties=ukraine,russia,usa&mode=overlap&overlap=nato');
  await expect(overlapCell(page, /^Ukraine and Russia on NATO membership: conflict/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Issue compared' }).selectOption('nuclear');
  await expect(overlapCell(page, /^Ukraine and Russia on Nuclear status: overlap/)).toBeVisible();
  await expect(page).toHaveURL(/overlap=nuclear/);
  // Summed over every issue, a pair's cell names the issues of each kind.
  await page.getByRole('combobox', { name: 'Issue compared' }).selectOption('');
  await expect(
    overlapCell(page, /^Ukraine and Russia across 16 issues: .*conflict on NATO membership/),
  ).toBeVisible();
});

test('comparing two dates lists a known shift with both statements', async ({ page }) => {
  await page.goto('/?at=2024-12-04&parties=ukraine,russia,usa&issues=nato,territory-control');
  await page.getByRole('checkbox', { name: 'Compare with another date' }).check();
  await page.getByLabel('Compare with', { exact: true }).fill('2024-06-01');
  await expect(page).toHaveURL(/compare=2024-06-01/);
  const changes = page.getByRole('grid', { name: 'Changes matrix' });
  await expect(
    changes.getByRole('gridcell', { name: /Ukraine.*NATO membership.*hardened/ }),
  ).toBeVisible();
  const change = page.getByRole('article', { name: /Ukraine · NATO membership — hardened/ });
  await expect(change.getByText('1 June 2024', { exact: false }).first()).toBeVisible();
  await expect(change.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
});

test('the summary under the matrix changes with the date', async ({ page }) => {
  await page.goto('/?parties=ukraine,russia&issues=nato,territory-control,neutrality');
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText(
    'As of 10 April 2026, Ukraine and Russia have no common ground',
  );
  const before = await summary.textContent();
  await page.getByRole('slider', { name: 'As of' }).focus();
  await page.keyboard.press('Home');
  await expect(summary).not.toHaveText(before ?? '');
  await expect(summary).toContainText('As of 17 December 2021');
});

test('play walks through time and stops at the next shift', async ({ page }) => {
  await page.goto('/?at=2024-01-01');
  const play = page.getByRole('group', { name: 'Play through time' });
  await play.getByRole('button', { name: 'Play' }).click();
  // With the default selection, the first position change after New Year 2024 is on 14 January.
  await expect(play.getByRole('status')).toHaveText('Paused at a shift: 14 January 2024');
  await play.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('slider', { name: 'As of' })).toHaveAttribute(
    'aria-valuetext',
    /14 January 2024/,
  );
  await expect(page).toHaveURL(/at=2024-01-14/);
});

test('the pair view shows when Ukraine and the US moved from conflict to overlap on NATO', async ({
  page,
}) => {
  await page.goto('/?parties=ukraine,russia,usa&issues=nato,security-guarantees');
  const pair = page.getByRole('region', { name: 'Pair view' });
  await pair
    .getByRole('combobox', { name: 'Second party' })
    .selectOption({ label: 'United States' });
  await expect(page).toHaveURL(/pair=ukraine,usa/);
  await expect(
    pair.getByRole('button', {
      name: 'Ukraine and United States on NATO membership: overlap from 11 July 2023 to 15 October 2024',
    }),
  ).toBeVisible();
  await expect(pair).toContainText(
    'On 11 July 2023, Ukraine and United States moved from conflict to overlap on NATO membership.',
  );
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations (${scheme}, details open)`, async ({ page }) => {
    test.setTimeout(120_000); // axe on seven full views
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await matrix(page)
      .getByRole('gridcell', { name: /stated/ })
      .first()
      .click();
    for (const path of [
      '/',
      '/?mode=overlap',
      '/?mode=overlap&overlap=all&order=similarity',
      '/?at=2024-12-04&compare=2024-06-01',
      '/?pair=ukraine,usa&lanes=issue',
      '/data',
      '/about',
    ]) {
      if (path !== '/') await page.goto(path);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([]);
    }
  });
}

test('keyboard only: move the date, open a cell, step the timeline', async ({ page }) => {
  await page.goto('/');
  await expect(matrix(page)).toBeVisible();
  const slider = page.getByRole('slider', { name: 'As of' });
  for (let i = 0; i < 30 && !(await slider.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(slider).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/at=/);
  const firstCell = matrix(page).getByRole('gridcell').first();
  for (let i = 0; i < 30 && !(await firstCell.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(firstCell).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Close details' }).press('Enter');
  await expect(matrix(page).locator('[tabindex="0"]')).toBeFocused();
  const steps = page.getByRole('slider', { name: 'Statements on the timeline' });
  await steps.focus();
  await page.keyboard.press('End');
  await expect(steps).toHaveAttribute('aria-valuetext', /—/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/focus=/);
});

test('on a phone every page of the menu is on screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?lang=de');
  const nav = page.getByRole('navigation', { name: 'Hauptmenü' });
  await expect(nav.getByRole('link')).toHaveCount(5);
  for (const link of await nav.getByRole('link').all()) {
    const box = (await link.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
});
