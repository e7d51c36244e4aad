import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { failOnConsoleErrors } from './no-console-errors';

failOnConsoleErrors();

const STEPS = 15;
const counter = (page: Page) => page.locator('.present-counter');
const stageView = (page: Page) => page.locator('.present-view');
const reveal = (page: Page) => page.getByRole('button', { name: 'Reveal' });

/** Opens `url` and waits until the presentation is there (it loads on demand, with the data). */
async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(counter(page)).toBeVisible();
}

/** A tour in a link, as the tour editor's "Share link" writes it (base64url of the JSON). */
function tourParam(steps: unknown[]): string {
  const file = { kind: 'common-ground-tour', version: 1, dataset: 'russia-ukraine', steps };
  return Buffer.from(JSON.stringify(file)).toString('base64url');
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);
}

test('steps through the whole tour with the keys and back', async ({ page }) => {
  await open(page, '/present');
  const forward = ['ArrowRight', 'PageDown', 'Space'];
  let presses = 0;
  for (let step = 1; step <= STEPS; step++) {
    await expect(counter(page)).toHaveText(`Step ${step} of ${STEPS}`);
    // Every bundled step asks a question: the first press reveals, the second moves on.
    await expect(reveal(page)).toBeVisible();
    await page.keyboard.press(forward[presses++ % 3]!);
    await expect(reveal(page)).toBeHidden();
    if (step < STEPS) await page.keyboard.press(forward[presses++ % 3]!);
  }
  await expect(page).toHaveURL(new RegExp(`step=${STEPS}`));
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  await page.keyboard.press('ArrowRight'); // nothing past the end
  await expect(counter(page)).toHaveText(`Step ${STEPS} of ${STEPS}`);
  for (let step = STEPS - 1; step >= 1; step--) {
    await page.keyboard.press(step % 2 ? 'ArrowLeft' : 'PageUp');
    await expect(counter(page)).toHaveText(`Step ${step} of ${STEPS}`);
  }
  // Going back keeps revealed steps revealed.
  await expect(reveal(page)).toBeHidden();
  await page.goBack();
  await expect(counter(page)).toHaveText(`Step 2 of ${STEPS}`);
});

test('a question step covers the answers, then reveals them', async ({ page }) => {
  await open(page, '/present?step=1');
  const grid = page.getByRole('grid', { name: 'Positions matrix' });
  await expect(page.locator('.present-question-text')).toHaveText(/NATO membership/);
  await expect(stageView(page)).toHaveAttribute('inert', '');
  await expect(grid.locator('th', { hasText: 'Russia' })).toBeVisible();
  await expect(grid.locator('.cell-headline').first()).toBeHidden();
  await expect(page.locator('.view-summary')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(stageView(page)).not.toHaveAttribute('inert');
  await expect(grid.locator('.cell-headline').first()).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: /Russia on NATO membership/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' })).toBeVisible();
  await expect(page).toHaveURL(/\/present(\?|$)/);
});

test('switching to German keeps the step', async ({ page }) => {
  await open(page, '/present?step=3');
  await page.keyboard.press('ArrowRight');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(counter(page)).toHaveText(`Schritt 3 von ${STEPS}`);
  await expect(page.getByRole('button', { name: 'Weiter' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Präsentation verlassen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveURL(/step=3/);
  await expect(page).toHaveURL(/lang=de/);
  // The step stays revealed: the language is not a new step.
  await expect(page.getByRole('button', { name: 'Aufdecken' })).toBeHidden();
});

test('the overview lists every step and jumps', async ({ page }) => {
  await open(page, '/present?step=5');
  await page.keyboard.press('o');
  const dialog = page.getByRole('dialog', { name: 'All steps' });
  await expect(dialog.getByRole('listitem')).toHaveCount(STEPS);
  await expect(dialog.locator('[aria-current="step"]')).toContainText('2023');
  await dialog.getByRole('button', { name: /August 2025/ }).click();
  await expect(counter(page)).toHaveText(`Step 12 of ${STEPS}`);
  await expect(dialog).toBeHidden();
});

test('F asks for full screen; the button says how to leave it', async ({ page }) => {
  await open(page, '/present');
  await page.evaluate(() => {
    const w = window as unknown as { fullscreenCalls: number };
    w.fullscreenCalls = 0;
    const original = document.documentElement.requestFullscreen.bind(document.documentElement);
    document.documentElement.requestFullscreen = (options) => {
      w.fullscreenCalls++;
      return original(options);
    };
  });
  await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
  await page.keyboard.press('f');
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { fullscreenCalls: number }).fullscreenCalls),
    )
    .toBe(1);
  // Headless Chromium may grant or refuse full screen; the label follows what the browser did.
  const granted = await page.evaluate(() => document.fullscreenElement !== null);
  await expect(
    page.getByRole('button', { name: granted ? 'Exit full screen' : 'Full screen' }),
  ).toBeVisible();
});

test('the QR code links to the same view in the app', async ({ page }) => {
  await open(page, '/present?step=2');
  await page.keyboard.press('q');
  await expect(
    page.getByRole('img', { name: 'QR code: this view in Common Ground' }),
  ).toBeVisible();
  const href = await page.locator('.present-qr-url').getAttribute('href');
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?at=2022-04-30&/);
  await page.goto(href!);
  await expect(page.getByRole('grid', { name: 'Positions matrix' })).toBeVisible();
});

test('a shared tour shows a timeline step and a deal step', async ({ page }) => {
  const tour = tourParam([
    {
      id: 'over-time',
      title: { en: 'Positions over time' },
      body: { en: 'Marks are statements.' },
      question: { en: 'When did Russia first reject NATO membership?' },
      state: { route: '/timeline', parties: ['russia', 'ukraine', 'usa'], issues: ['nato'] },
    },
    {
      id: 'istanbul',
      title: { en: 'The Istanbul draft' },
      body: { en: 'Who accepts which term?' },
      state: { route: '/deal', plan: 'istanbul-proposals-2022', at: '2022-04-30' },
    },
  ]);
  await open(page, `/present?tour=${tour}`);
  await expect(counter(page)).toHaveText('Step 1 of 2');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeAttached();
  await expect(page.locator('.timeline-body')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(page.locator('.timeline-body')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText('Step 2 of 2');
  await expect(page.getByRole('grid').first()).toBeVisible();
});

test('Esc leaves for the step’s view in the app', async ({ page }) => {
  await open(page, '/present?step=4');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/\?at=2022-10-31&/);
  await expect(page.getByRole('grid', { name: 'Overlap matrix' })).toBeVisible();
});

test.describe('accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: concealed and revealed, ${theme}`, async ({ page }) => {
      await open(page, `/present?step=9&theme=${theme}`);
      await expect(reveal(page)).toBeVisible();
      await expect(page.getByRole('grid', { name: 'Positions matrix' })).toBeAttached();
      await expectNoAxeViolations(page);
      await page.keyboard.press('ArrowRight');
      await expect(reveal(page)).toBeHidden();
      await expect(page.getByRole('region', { name: 'Details' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('axe: overview and keys open, QR shown, overlap step', async ({ page }) => {
    await open(page, '/present?step=4&theme=dark');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('q');
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
    await page.keyboard.press('o');
    await expect(page.getByRole('dialog', { name: 'All steps' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Keys' }).click();
    await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
