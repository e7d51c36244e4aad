import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { failOnConsoleErrors } from './no-console-errors';

failOnConsoleErrors();

// The 28-point plan a week after it leaked: Russia accepts Ukraine leaving all of Donbas, while it
// crosses red lines of Ukraine and the EU (bundled data, statements up to 30 November 2025).
const PLAN_VIEW = '/deal?plan=us-28-point-plan&at=2025-11-30';
const DONBAS = /^(\w[\w ]*) on Territory: where the line runs: Ukraine leaves all of Donbas/;

const verdicts = (page: Page) => page.getByRole('grid', { name: 'Deal verdicts' });
const cellLabels = (page: Page) =>
  verdicts(page)
    .getByRole('gridcell')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label')));

test('a bundled plan shows a party accepting a term and another whose red line it crosses', async ({
  page,
}) => {
  await page.goto(PLAN_VIEW);
  await expect(verdicts(page)).toBeVisible();
  const russia = verdicts(page).getByRole('gridcell', { name: /^Russia on Territory: where/ });
  const ukraine = verdicts(page).getByRole('gridcell', { name: /^Ukraine on Territory: where/ });
  await expect(russia).toHaveAccessibleName(DONBAS);
  await expect(russia).toHaveAccessibleName(/: accepts, statement of /);
  await expect(russia).toContainText('accepts');
  await expect(ukraine).toHaveAccessibleName(/: red line crossed, statement of /);
  await expect(ukraine).toContainText('red line');
  await expect(page.getByRole('region', { name: 'Who could sign' })).toContainText(
    '“Territory: where the line runs: Ukraine leaves all of Donbas” crosses a red line of Ukraine',
  );
});

test('a deal URL reproduces the same verdicts in a fresh page', async ({ page, browser }) => {
  const url =
    '/deal?plan=us-28-point-plan&terms=nato:permanent-exclusion,sanctions:phased-relief&at=2025-06-01&parties=ukraine,russia,usa,eu';
  await page.goto(url);
  await expect(verdicts(page)).toBeVisible();
  const labels = await cellLabels(page);
  expect(labels).toHaveLength(8);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(new URL(url, page.url()).href);
  await expect(verdicts(other)).toBeVisible();
  expect(await cellLabels(other)).toEqual(labels);
  await expect(other.getByText('Changed from the plan: 10 terms')).toBeVisible();
  await fresh.close();
});

test('changing a term writes the deal into the URL', async ({ page }) => {
  await page.goto(PLAN_VIEW);
  await page
    .getByRole('combobox', { name: 'NATO membership' })
    .selectOption({ label: 'Membership / invitation now' });
  await expect(page).toHaveURL(/terms=[^&]*nato(%3A|:)full-membership-now/);
  await expect(
    verdicts(page).getByRole('gridcell', {
      name: /^Russia on NATO membership: Membership \/ invitation now: red line crossed/,
    }),
  ).toBeVisible();
  await expect(page.getByText('Changed from the plan: 1 term')).toBeVisible();
});

test('switching the language to German keeps the deal', async ({ page }) => {
  const url = '/deal?plan=us-28-point-plan&terms=nato:permanent-exclusion&at=2025-11-30';
  await page.goto(url);
  await expect(verdicts(page)).toBeVisible();
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('de');
  const grid = page.getByRole('grid', { name: 'Bewertung der Einigung' });
  await expect(grid).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Einigung bauen', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Ausgangspunkt' })).toBeVisible();
  await expect(
    grid.getByRole('gridcell', { name: /^Russland zu NATO-Mitgliedschaft/ }),
  ).toHaveAccessibleName(/akzeptiert, Aussage vom/);
  await expect(grid.getByRole('gridcell')).toHaveCount(12);
  await expect(page).toHaveURL(/lang=de/);
  await expect(page).toHaveURL(/terms=nato/);
});

test('keyboard: arrows move in the grid, Enter shows the statement', async ({ page }) => {
  await page.goto(PLAN_VIEW);
  const first = verdicts(page).getByRole('gridcell').first();
  await first.focus();
  await expect(first).toHaveAccessibleName(/^Ukraine on Territory: where/);
  await page.keyboard.press('ArrowRight');
  const russia = verdicts(page).getByRole('gridcell', { name: /^Russia on Territory: where/ });
  await expect(russia).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Statement' });
  await expect(panel).toContainText('Russia on “Territory: where the line runs');
  await expect(panel.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
  await expect(page).toHaveURL(/focus=russia(%3A|:)territory-control/);
});

test('the two plans compare term by term', async ({ page }) => {
  await page.goto(`${PLAN_VIEW}&vs=e3-counter-proposal`);
  const table = page.getByRole('table', { name: /US 28-point plan and .*counter-proposal/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: /^NATO membership/ })).toContainText('different');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations (${scheme}, with a statement shown)`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    const axe = async (what: string) => {
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`),
      ).toEqual([]);
    };
    await page.goto(`${PLAN_VIEW}&vs=e3-counter-proposal`);
    await expect(verdicts(page)).toBeVisible();
    await axe('plan');
    await verdicts(page)
      .getByRole('gridcell', { name: /^Ukraine on Territory: where/ })
      .click();
    await expect(
      page.getByRole('region', { name: 'Statement' }).getByRole('listitem').first(),
    ).toBeVisible();
    await axe('statement');
    await page.goto('/deal');
    await expect(page.getByText(/No terms chosen yet/)).toBeVisible();
    await axe('from scratch');
  });
}

test('no horizontal page scroll on a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${PLAN_VIEW}&vs=e3-counter-proposal`);
  await expect(verdicts(page)).toBeVisible();
  const [scroll, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(width);
});
