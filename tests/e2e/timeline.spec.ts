import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { failOnConsoleErrors } from './no-console-errors';

failOnConsoleErrors();

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const plot = (page: Page) => timeline(page).locator('.timeline-plot');
const windowText = (page: Page) => timeline(page).locator('.timeline-window');
const cellTexts = (page: Page) =>
  page
    .getByRole('grid', { name: 'Positions matrix' })
    .getByRole('gridcell')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label')));

test('wheel zoom over the timeline narrows the window and puts it in the URL', async ({ page }) => {
  await page.goto('/');
  await plot(page).scrollIntoViewIfNeeded();
  const box = await plot(page).boundingBox();
  if (!box) throw new Error('no timeline plot');
  const before = await windowText(page).textContent();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
  await expect(windowText(page)).not.toHaveText(before ?? '');
  // Written to the URL once the gesture settles (the lead wires onRange → `from`/`to`).
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}.*to=\d{4}-\d{2}-\d{2}/);
  await page.reload();
  await expect(windowText(page)).not.toHaveText(before ?? '');
});

test('a quick range and dragging the plot move the window', async ({ page }) => {
  await page.goto('/');
  await timeline(page).getByRole('button', { name: '2023' }).click();
  await expect(timeline(page).getByRole('button', { name: '2023' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const box = await plot(page).boundingBox();
  if (!box) throw new Error('no timeline plot');
  const before = await windowText(page).textContent();
  const y = box.y + box.height * 0.6;
  await page.mouse.move(box.x + box.width * 0.5, y);
  await page.mouse.down();
  for (let k = 1; k <= 10; k++) await page.mouse.move(box.x + box.width * 0.5 + k * 20, y);
  await page.mouse.up();
  await expect(windowText(page)).not.toHaveText(before ?? '');
});

test('dragging the "as of" line changes the matrix', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('grid', { name: 'Positions matrix' })).toBeVisible();
  const before = await cellTexts(page);
  await plot(page).scrollIntoViewIfNeeded();
  const knob = timeline(page).locator('.cursor-knob');
  const k = await knob.boundingBox();
  const box = await plot(page).boundingBox();
  if (!k || !box) throw new Error('no cursor');
  await page.mouse.move(k.x + k.width / 2, k.y + k.height / 2);
  await page.mouse.down();
  const target = box.x + 160;
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(k.x + ((target - k.x) * i) / 10, k.y + k.height / 2);
  await page.mouse.up();
  await expect.poll(() => cellTexts(page)).not.toEqual(before);
  await expect(page).toHaveURL(/at=\d{4}-\d{2}-\d{2}/);
});

test('switching lanes to issues and opening the list stays accessible', async ({ page }) => {
  await page.goto('/?from=2024-01-01&to=2024-12-31');
  await timeline(page).getByRole('radio', { name: 'Issues' }).check();
  await timeline(page).getByText('List of what is in view').click();
  await expect(timeline(page).getByRole('button', { name: /2024/ }).first()).toBeVisible();
  const results = await new AxeBuilder({ page })
    .include('.timeline')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([]);
});
