import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { failOnConsoleErrors } from './no-console-errors';

failOnConsoleErrors();

const MATRIX_VIEW = '/?at=2022-03-01&parties=ukraine,russia,usa&issues=nato';
const TIMELINE_VIEW = '/timeline?at=2024-06-14&parties=ukraine,russia';

const addButton = (page: Page) => page.getByRole('button', { name: 'Add this view as a step' });

async function addStep(page: Page, url: string, n: number) {
  await page.goto(url);
  await addButton(page).click();
  await expect(page.getByText(`Added as step ${n} of your tour.`)).toBeVisible();
}

async function openTour(page: Page, count: number): Promise<Locator> {
  await page.getByRole('button', { name: `My tour (${count})` }).click();
  const dialog = page.getByRole('dialog', { name: 'My tour' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const titles = (dialog: Locator) =>
  dialog
    .getByRole('textbox', { name: 'Title' })
    .evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value));

test('a teacher’s tour survives a reload, in order; renamed and removed steps stay so', async ({
  page,
}) => {
  await addStep(page, MATRIX_VIEW, 1);
  await addStep(page, TIMELINE_VIEW, 2);
  await page.reload();
  let dialog = await openTour(page, 2);
  expect(await titles(dialog)).toEqual(['Positions, 1 March 2022', 'Timeline, 14 June 2024']);

  const first = dialog.getByRole('textbox', { name: 'Title' }).first();
  await first.fill('Before the full-scale invasion');
  await dialog.getByRole('textbox', { name: 'Note' }).first().fill('Who accepts what on NATO?');
  await dialog.getByRole('button', { name: 'Remove: Timeline, 14 June 2024' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Removed “Timeline, 14 June 2024”.');
  await page.reload();

  dialog = await openTour(page, 1);
  expect(await titles(dialog)).toEqual(['Before the full-scale invasion']);
  await expect(dialog.getByRole('textbox', { name: 'Note' })).toHaveValue(
    'Who accepts what on NATO?',
  );
  // The step opens the view it was made from.
  await dialog
    .getByRole('link', { name: 'Open this view: Before the full-scale invasion' })
    .click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/\?at=2022-03-01&parties=ukraine,russia,usa&issues=nato$/);
  await expect(page.getByRole('slider', { name: 'As of' })).toHaveAttribute(
    'aria-valuetext',
    '1 March 2022',
  );
});

test('steps reorder with the keyboard and keep their order after a reload', async ({ page }) => {
  await addStep(page, MATRIX_VIEW, 1);
  await addStep(page, TIMELINE_VIEW, 2);
  const dialog = await openTour(page, 2);
  await dialog.getByRole('button', { name: 'Move up: Timeline, 14 June 2024' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    dialog.getByRole('button', { name: 'Move down: Timeline, 14 June 2024' }),
  ).toBeFocused();
  await page.reload();
  expect(await titles(await openTour(page, 2))).toEqual([
    'Timeline, 14 June 2024',
    'Positions, 1 March 2022',
  ]);
});

test('an exported tour imports back, through the file chooser', async ({ page }) => {
  await addStep(page, MATRIX_VIEW, 1);
  await addStep(page, TIMELINE_VIEW, 2);
  let dialog = await openTour(page, 2);
  await dialog.getByRole('textbox', { name: 'Title' }).first().fill('Kyjiw – Ü');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('tour-russia-ukraine.json');
  const path = await download.path();
  const exported = JSON.parse(await readFile(path, 'utf8')) as { steps: unknown[] };
  expect(exported).toMatchObject({ kind: 'common-ground-tour', version: 1 });
  expect(exported.steps).toHaveLength(2);

  // A fresh browser profile: nothing kept yet.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  dialog = await openTour(page, 0);
  await expect(dialog.getByText(/^Your tour has no steps yet/)).toBeVisible();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: 'Import…' }).click(),
  ]);
  await chooser.setFiles(path);
  await expect(dialog.getByRole('status')).toHaveText('Imported 2 steps.');
  expect(await titles(dialog)).toEqual(['Kyjiw – Ü', 'Timeline, 14 June 2024']);
  await expect(page.getByRole('button', { name: 'My tour (2)' })).toBeAttached();
  const kept = await page.evaluate(() => localStorage.getItem('common-ground.tour.russia-ukraine'));
  expect(JSON.parse(kept ?? 'null')).toEqual(exported);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the tour editor open (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await addStep(page, MATRIX_VIEW, 1);
    await addStep(page, TIMELINE_VIEW, 2);
    const dialog = await openTour(page, 2);
    await dialog
      .getByRole('textbox', { name: 'Question before the view (optional)' })
      .first()
      .fill('Who moved?');
    await dialog.getByRole('button', { name: 'Remove: Timeline, 14 June 2024' }).click();
    await expect(dialog.getByRole('button', { name: /^Undo removing/ })).toBeFocused();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      dialog.getByRole('button', { name: 'Import…' }).click(),
    ]);
    await chooser.setFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"kind":"common-ground-tour","version":1,"dataset":"x","steps":[{}]}'),
    });
    await expect(
      dialog.getByText('“broken.json” cannot be imported. Your tour has not changed.'),
    ).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations).toEqual([]);
  });
}

test('Esc closes the editor and returns focus to “My tour”', async ({ page }) => {
  await addStep(page, MATRIX_VIEW, 1);
  const dialog = await openTour(page, 1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'My tour (1)' })).toBeFocused();
});
