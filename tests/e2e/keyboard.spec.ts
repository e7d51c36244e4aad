import { expect, test, type Locator, type Page } from '@playwright/test';
import { failOnConsoleErrors } from './no-console-errors';

failOnConsoleErrors();

// The main flows with the keyboard alone: no clicks, no fills, no programmatic focus. Only
// page.goto navigates, as typing an address would.

/** Presses Tab until `target` has the focus (at most `max` times). */
async function tabTo(page: Page, target: Locator, max = 80) {
  const focused = () =>
    target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2_000 });
  for (let i = 0; i < max && !(await focused().catch(() => false)); i++)
    await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

/** The focused element shows a focus indicator: an outline or a box shadow. */
async function expectVisibleFocus(page: Page) {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing focused';
    const s = getComputedStyle(el);
    return { outline: `${s.outlineStyle} ${s.outlineWidth}`, shadow: s.boxShadow, tag: el.tagName };
  });
  expect(style).not.toBe('nothing focused');
  if (typeof style === 'string') return;
  const outlined = !style.outline.startsWith('none') && !style.outline.endsWith(' 0px');
  expect(outlined || style.shadow !== 'none', `${style.tag}: ${JSON.stringify(style)}`).toBe(true);
}

const urlParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

test('explorer: parties, "As of", a cell\'s details and the timeline zoom, keys only', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/');
  const matrix = page.getByRole('grid', { name: 'Positions matrix' });
  await expect(matrix).toBeVisible();

  // Parties: open the disclosure, untick the first party with Space, tick it again.
  const parties = page.locator('summary', { hasText: /^Parties/ });
  await tabTo(page, parties);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  const firstParty = page.locator('details[open] input[type="checkbox"]').first();
  await tabTo(page, firstParty, 5);
  await expectVisibleFocus(page);
  const rows = await matrix.getByRole('row').count();
  await page.keyboard.press('Space');
  await expect(firstParty).not.toBeChecked();
  await expect.poll(() => urlParam(page, 'parties')).not.toBeNull();
  await page.keyboard.press('Space');
  await expect(firstParty).toBeChecked();
  await expect.poll(() => matrix.getByRole('row').count()).toBe(rows);

  // "As of": arrows move the date, and the URL follows.
  const asOf = page.getByRole('slider', { name: 'As of' });
  await tabTo(page, asOf);
  await expectVisibleFocus(page);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => urlParam(page, 'at')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  // The matrix: one tab stop, arrows move, Enter opens the details.
  await tabTo(page, matrix.locator('[tabindex="0"]'));
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 }),
  ).toBeVisible();
  await expect(page).toHaveURL(/focus=[a-z0-9-]+:[a-z0-9-]+/);

  // The timeline: + zooms in, and the window goes into the URL.
  const plot = page.getByRole('slider', { name: 'Statements on the timeline' });
  await tabTo(page, plot);
  await expectVisibleFocus(page);
  await page.keyboard.press('+');
  await expect.poll(() => urlParam(page, 'from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(urlParam(page, 'to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('present: step to step 3 with ArrowRight and PageDown', async ({ page }) => {
  await page.goto('/present');
  const counter = page.locator('.present-counter');
  await expect(counter).toHaveText(/^Step 1 of \d+$/);
  // A step with a question reveals its answer on the first press and moves on with the next.
  for (const key of ['ArrowRight', 'PageDown', 'ArrowRight', 'PageDown']) {
    await page.keyboard.press(key);
    if (/^Step 3 /.test((await counter.textContent()) ?? '')) break;
  }
  await expect(counter).toHaveText(/^Step 3 of \d+$/);
});

test("deal: change a term and read a verdict's statement, keys only", async ({ page }) => {
  test.setTimeout(45_000);
  await page.goto('/deal?plan=us-28-point-plan');
  const verdicts = page.getByRole('grid', { name: 'Deal verdicts' });
  await expect(verdicts).toBeVisible();

  const term = page.locator('.deal-terms select').first();
  await tabTo(page, term);
  await expectVisibleFocus(page);
  const before = urlParam(page, 'terms');
  // The plan's own term is the last choice here: ArrowUp picks the one before it.
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => urlParam(page, 'terms')).not.toBe(before);
  await expect.poll(() => urlParam(page, 'terms')).not.toBeNull();

  await tabTo(page, verdicts.locator('[tabindex="0"]'));
  await expectVisibleFocus(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Statement' })).toBeVisible();
});
