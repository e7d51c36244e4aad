import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_PARTY_LIMIT } from '../../src/state/effective';
import {
  armKeyToFrame,
  canvasPixels,
  keyToFrame,
  note,
  serveSynthetic,
  settle,
  synthetic,
  within,
} from './fixtures/stress-data';
import { failOnConsoleErrors } from './no-console-errors';

/**
 * The app under the bench's synthetic dataset (60 parties, 30 issues, 50 000 statements, 30 MB
 * of JSON), walked through the real UI. Budgets are about 3–4× what a local run measured, so a
 * shared 2-core CI machine passes while a hang or a quadratic blow-up does not; the measured
 * figures (wall clock, Playwright round trips included) stand beside each budget.
 */
const BUDGET = {
  firstMatrix: 25_000, // goto → matrix shown: 3.1–7.3 s
  asOfStep: 2_000, // key → new date in the caption: 62–750 ms (PageDown 220–790)
  asOfFrame: 1_000, // key → next frame after the matrix changed: median 12–22 ms, max 29–240 ms
  details: 2_500, // Enter → details with every statement: 150–720 ms; close: 190–470 ms
  timeline: 20_000, // goto → timeline drawn: 4.0–6.2 s
  timelineStep: 1_000, // zoom, pan, lanes, keys → window text and drawing changed: 36–260 ms
  deal: 15_000, // goto → verdicts grid: 3.2–4.5 s
  dealTerm: 1_000, // choose a term → its row of verdicts: 66–99 ms
  data: 15_000, // goto → counts and the table's first page: 3.0–4.3 s
  dataStep: 2_000, // "Show 300 more": 275–370 ms; sort 50 000 rows by party: 378–469 ms
};

failOnConsoleErrors();

test.beforeAll(() => {
  test.setTimeout(60_000);
  synthetic(); // generated once per worker, outside every test's budget
});

const matrix = (page: Page) => page.getByRole('grid', { name: 'Positions matrix' });
const labelsOf = (cells: ReturnType<Page['getByRole']>) =>
  cells.evaluateAll((els) => els.map((c) => c.getAttribute('aria-label') ?? ''));
/** English text of a dataset's translated field. */
const en = (text: Readonly<Record<string, string | undefined>>) => text.en ?? '';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the app shows by default: the first DEFAULT_PARTY_LIMIT parties and every issue. */
function defaults() {
  const { ds } = synthetic();
  return { ds, parties: ds.parties.slice(0, DEFAULT_PARTY_LIMIT), issues: ds.issues };
}

async function openMatrix(page: Page, baseURL: string | undefined) {
  const data = await serveSynthetic(page, baseURL);
  await within('/: first matrix', BUDGET.firstMatrix, async () => {
    await page.goto(`/?data=${data}`);
    await expect(matrix(page)).toBeVisible({ timeout: BUDGET.firstMatrix });
  });
}

test('the positions matrix shows the default selection', async ({ page, baseURL }) => {
  test.setTimeout(45_000);
  const { ds, parties, issues } = defaults();
  await openMatrix(page, baseURL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en(ds.title));
  const grid = matrix(page);
  await expect(grid.getByRole('rowheader')).toHaveText(issues.map((i) => en(i.name)));
  await expect(grid.getByRole('columnheader')).toHaveText([
    'Issue',
    ...parties.map((p) => en(p.name)),
  ]);
  await expect(grid.getByRole('gridcell')).toHaveCount(issues.length * parties.length);
  // By the dataset's last day most of these cells have a stated position.
  const labels = await labelsOf(grid.getByRole('gridcell'));
  expect(labels.filter((l) => l.endsWith(': no statement yet')).length).toBeLessThan(
    labels.length / 2,
  );
});

test('moving "As of" with the keyboard changes cells, each step quickly', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  await openMatrix(page, baseURL);
  const slider = page.getByRole('slider', { name: 'As of' });
  const caption = page.getByText(/^Positions as of /);
  const cells = matrix(page).getByRole('gridcell');
  const first = await labelsOf(cells);
  await slider.focus();
  // PageDown moves a tenth of the range (about 160 days), ArrowLeft one day.
  const keys = [...Array<string>(6).fill('PageDown'), ...Array<string>(8).fill('ArrowLeft')];
  const frames: number[] = [];
  for (const key of keys) {
    const before = await slider.getAttribute('aria-valuetext');
    await armKeyToFrame(page, '.matrix-scroll');
    await within(`as of, ${key}`, BUDGET.asOfStep, async () => {
      await page.keyboard.press(key);
      await expect(slider).not.toHaveAttribute('aria-valuetext', before ?? '');
      const date = await slider.getAttribute('aria-valuetext');
      await expect(caption).toHaveText(new RegExp(`^Positions as of ${escape(date ?? '?')}\\. `));
    });
    frames.push(await keyToFrame(page));
    // The link follows once the hand rests (the slider's value is a day number).
    const day = new Date(Number(await slider.inputValue()) * 86_400_000).toISOString();
    await expect(page).toHaveURL(new RegExp(`[?&]at=${day.slice(0, 10)}(&|$)`));
    await settle(page);
  }
  frames.sort((a, b) => a - b);
  note('as of, key → next frame: median', frames[frames.length >> 1] ?? -1);
  note('as of, key → next frame: max', frames[frames.length - 1] ?? -1);
  expect(frames[frames.length - 1]).toBeLessThanOrEqual(BUDGET.asOfFrame);
  const last = await labelsOf(cells);
  expect(last).toHaveLength(first.length);
  const changed = last.filter((l, i) => l !== first[i]).length;
  note('as of, cells changed', changed, 'of ' + first.length);
  expect(changed).toBeGreaterThan(first.length / 10);
});

test('Enter on a cell opens its details with every statement; closing returns', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(45_000);
  const { ds, parties, issues } = defaults();
  // The shown cell with the longest history: the heaviest details to draw.
  const count = new Map<string, number>();
  for (const s of ds.statements)
    count.set(`${s.party} ${s.issue}`, (count.get(`${s.party} ${s.issue}`) ?? 0) + 1);
  let best = { row: 0, col: 0, n: -1 };
  issues.forEach((i, row) =>
    parties.forEach((p, col) => {
      const n = count.get(`${p.id} ${i.id}`) ?? 0;
      if (n > best.n) best = { row, col, n };
    }),
  );
  const party = en(parties[best.col]!.name);
  const issue = en(issues[best.row]!.name);
  await openMatrix(page, baseURL);
  const cell = matrix(page)
    .getByRole('gridcell')
    .nth(best.row * parties.length + best.col);
  await expect(cell).toHaveAccessibleName(new RegExp(`^${escape(party)} on ${escape(issue)}: `));
  await cell.focus();
  const details = page.getByRole('region', { name: 'Details' });
  await within(`details: open (${best.n} statements)`, BUDGET.details, async () => {
    await page.keyboard.press('Enter');
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(`${party} · ${issue}`);
    await expect(details.locator('ol.history > li')).toHaveCount(best.n);
  });
  await within('details: close', BUDGET.details, async () => {
    await details.getByRole('button', { name: 'Close details' }).click();
    await expect(details).toContainText('Select a cell of the matrix');
  });
  await expect(cell).toBeFocused();
});

test('the timeline draws, zooms and pans, and the page keeps answering', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const data = await serveSynthetic(page, baseURL);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const windowText = timeline.getByText(/^Showing .+ to .+$/);
  const canvas = timeline.locator('canvas').first();
  await within('/timeline: first draw', BUDGET.timeline, async () => {
    await page.goto(`/timeline?data=${data}`);
    await expect(canvas).toBeVisible({ timeout: BUDGET.timeline });
    await expect
      .poll(async () => (await canvasPixels(canvas)).ink, { timeout: BUDGET.timeline })
      .toBeGreaterThan(0);
  });
  /** One action that must change the window text (and the drawing) within the budget. */
  const step = async (what: string, act: () => Promise<void>) => {
    const text = await windowText.textContent();
    const { sum } = await canvasPixels(canvas);
    await within(`timeline: ${what}`, BUDGET.timelineStep, async () => {
      await act();
      await expect(windowText).not.toHaveText(text ?? '');
      await expect.poll(async () => (await canvasPixels(canvas)).sum).not.toBe(sum);
    });
    await settle(page);
  };
  await step('Zoom in button', () => timeline.getByRole('button', { name: 'Zoom in' }).click());
  const keys = timeline.getByRole('slider', { name: 'Statements on the timeline' });
  await keys.focus();
  await step('+ key', () => page.keyboard.press('+'));
  await step('Shift+ArrowLeft key', () => page.keyboard.press('Shift+ArrowLeft'));
  await step('Shift+ArrowRight key', () => page.keyboard.press('Shift+ArrowRight'));
  await step('Zoom out button', () => timeline.getByRole('button', { name: 'Zoom out' }).click());
  // Other controls still answer at once: the lanes switch (30 issue lanes) and the statement keys.
  await within('timeline: lanes → Issues', BUDGET.timelineStep, async () => {
    await timeline.getByRole('radio', { name: 'Issues' }).check();
    await expect(timeline.getByRole('radio', { name: 'Issues' })).toBeChecked();
  });
  await keys.focus();
  await within('timeline: Home on the statements', BUDGET.timelineStep, async () => {
    await page.keyboard.press('Home');
    await expect(keys).toHaveAttribute('aria-valuenow', '1');
  });
});

test('a synthetic plan shows its verdicts, and changing a term updates them', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(45_000);
  const { ds, parties } = defaults();
  // The first plan; its first term moves to an outcome the plan does not name.
  const plan = ds.plans?.[0];
  const term = plan?.terms[0];
  const issue = ds.issues.find((i) => i.id === term?.issue);
  const other = issue?.outcomes.find((o) => !term?.outcomes.includes(o.id));
  if (!plan || !issue || !other) throw new Error('the synthetic dataset has no plan to change');
  const verdicts = page.getByRole('grid', { name: 'Deal verdicts' });
  const data = await serveSynthetic(page, baseURL);
  await within('/deal: verdicts', BUDGET.deal, async () => {
    await page.goto(`/deal?data=${data}&plan=${plan.id}`);
    await expect(verdicts).toBeVisible({ timeout: BUDGET.deal });
  });
  // One row per term of the plan, one column per shown party.
  await expect(verdicts.getByRole('rowheader')).toHaveCount(plan.terms.length);
  await expect(verdicts.getByRole('columnheader')).toHaveText([
    /.*/,
    ...parties.map((p) => en(p.name)),
  ]);
  await expect(verdicts.getByRole('gridcell')).toHaveCount(plan.terms.length * parties.length);
  const row = new RegExp(`^.+ on ${escape(en(issue.name))}: ${escape(en(other.label))}: `);
  await within('/deal: one term changed', BUDGET.dealTerm, async () => {
    await page.getByRole('combobox', { name: en(issue.name), exact: true }).selectOption(other.id);
    await expect(verdicts.getByRole('gridcell', { name: row })).toHaveCount(parties.length);
    await expect(page.getByText('Changed from the plan: 1 term')).toBeVisible();
  });
});

test('/data shows the counts of the loaded dataset and pages through its table', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(45_000);
  const { ds } = defaults();
  const table = page.getByRole('table', { name: 'Statements' });
  const data = await serveSynthetic(page, baseURL);
  const count = (n: number) => n.toLocaleString('en');
  await within('/data: counts and table', BUDGET.data, async () => {
    await page.goto(`/data?data=${data}`);
    await expect(
      page.getByText(
        `${count(ds.statements.length)} statements from ${count(ds.sources.length)} sources`,
      ),
    ).toBeVisible({ timeout: BUDGET.data });
    await expect(table.getByRole('row')).toHaveCount(1 + 300);
  });
  await within('/data: show 300 more', BUDGET.dataStep, async () => {
    await page.getByRole('button', { name: 'Show 300 more' }).click();
    await expect(table.getByRole('row')).toHaveCount(1 + 600);
  });
  const party = table.getByRole('columnheader', { name: /^Party/ });
  await within('/data: sort by party', BUDGET.dataStep, async () => {
    await party.getByRole('button').click();
    await expect(party).toHaveAttribute('aria-sort', 'ascending');
  });
});
