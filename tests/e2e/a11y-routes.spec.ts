import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { failOnConsoleErrors } from './no-console-errors';

failOnConsoleErrors();

/** WCAG 2.2 A and AA, as the issue asks (axe has no separate wcag22a tag). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Ready = (page: Page) => Locator;
const grid =
  (name: string): Ready =>
  (page) =>
    page.getByRole('grid', { name });
const region =
  (name: string): Ready =>
  (page) =>
    page.getByRole('region', { name });
const heading: Ready = (page) => page.getByRole('heading', { level: 1 }).first();

/**
 * Every route, with what must be on screen before axe looks. On /data the statements table repeats
 * one row pattern thousands of times: the colour re-checks look at its first rows only.
 */
const ROUTES: readonly { path: string; ready: Ready; repeats?: string }[] = [
  { path: '/', ready: grid('Positions matrix') },
  { path: '/matrix', ready: grid('Positions matrix') },
  { path: '/timeline', ready: region('Timeline') },
  { path: '/deal', ready: heading },
  { path: '/present', ready: (page) => page.locator('.present-counter') },
  { path: '/data', ready: heading, repeats: 'tbody tr:nth-child(n+21)' },
  { path: '/about', ready: heading },
  { path: '/embed/matrix', ready: grid('Positions matrix') },
  { path: '/embed/timeline', ready: region('Timeline') },
  { path: '/embed/deal?plan=us-28-point-plan&at=2025-11-30', ready: grid('Deal verdicts') },
  { path: '/no-such-page', ready: heading },
];

/**
 * Per viewport: every rule with the system's light colours, then only the colour rules with the
 * system's dark colours and with the `theme=` override against the system (the other rules do not
 * depend on colours, and axe is slow on a large grid).
 */
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844, override: { media: 'dark', theme: 'light' } },
  { name: 'desktop', width: 1280, height: 900, override: { media: 'light', theme: 'dark' } },
] as const;

function withTheme(path: string, theme: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}theme=${theme}`;
}

/** Runs axe on the page as it is; on failure the message lists each rule id with its targets. */
async function expectNoViolations(
  page: Page,
  what: string,
  onlyContrast = false,
  repeats?: string,
) {
  // Colours fade after a scheme change: let transitions finish before measuring contrast.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity,
      ),
  );
  const axe = new AxeBuilder({ page }).withTags(TAGS);
  if (onlyContrast && repeats) axe.exclude(repeats);
  if (onlyContrast) axe.withRules(['color-contrast', 'link-in-text-block']);
  // WCAG 2.5.3 label in name: axe ships the rule as experimental (off); Lighthouse runs it.
  else axe.options({ rules: { 'label-content-name-mismatch': { enabled: true } } });
  const { violations } = await axe.analyze();
  expect(
    violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

for (const viewport of VIEWPORTS)
  for (const { path, ready, repeats } of ROUTES)
    test(`axe: ${path} (${viewport.name}; light, dark, theme=)`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await expect(ready(page)).toBeVisible();
      await expectNoViolations(page, 'light');
      // The app follows the system's scheme live: no reload needed.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoViolations(page, 'dark', true, repeats);
      const { media, theme } = viewport.override;
      await page.emulateMedia({ colorScheme: media });
      await page.goto(withTheme(path, theme));
      await expect(ready(page)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectNoViolations(page, `${media} system, theme=${theme}`, true, repeats);
    });

for (const viewport of VIEWPORTS)
  test(`axe: / with a details panel open (${viewport.name})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    await page.goto('/');
    await grid('Positions matrix')(page)
      .getByRole('gridcell', { name: /stated/ })
      .first()
      .click();
    await expect(region('Details')(page).getByRole('heading', { level: 2 })).toBeVisible();
    await expectNoViolations(page, 'light, details');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoViolations(page, 'dark, details', true);
  });

for (const viewport of VIEWPORTS)
  test(`axe: /deal with a statement shown (${viewport.name})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(viewport);
    await page.goto('/deal?plan=us-28-point-plan&at=2025-11-30');
    await grid('Deal verdicts')(page)
      .getByRole('gridcell', { name: /^Ukraine on Territory: where/ })
      .click();
    await expect(region('Statement')(page).getByRole('listitem').first()).toBeVisible();
    await expectNoViolations(page, 'light, statement');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoViolations(page, 'dark, statement', true);
  });

/**
 * The lowest contrast ratio of the text in `selector`: its colour (or SVG fill) against the first
 * opaque background behind it. For the timeline's SVG text and legend, which axe does not measure.
 */
function lowestContrast(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluateAll((nodes) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (c: string) => {
      const [r = 0, g = 0, b = 0] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = (el: Element | null): string => {
      for (; el; el = el.parentElement) {
        const c = getComputedStyle(el).backgroundColor;
        if (rgb(c).length === 3 || rgb(c)[3] === 1) return c;
      }
      return 'rgb(255, 255, 255)';
    };
    return Math.min(
      ...nodes.map((el) => {
        const s = getComputedStyle(el);
        const fg = el instanceof SVGElement ? s.fill : s.color;
        const [a, b] = [luminance(fg), luminance(background(el))].sort((x, y) => y - x);
        return (a! + 0.05) / (b! + 0.05);
      }),
    );
  });
}

for (const scheme of ['light', 'dark'] as const)
  test(`the timeline's axis, lane and legend text has 4.5:1 contrast (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/timeline');
    await expect(region('Timeline')(page).locator('.lane-label').first()).toBeVisible();
    for (const selector of [
      '.timeline .tick-label',
      '.timeline .lane-label',
      '.timeline-legend li',
    ]) {
      await expect(page.locator(selector).first()).toBeAttached();
      expect(await lowestContrast(page, selector), selector).toBeGreaterThanOrEqual(4.5);
    }
  });

test('prefers-reduced-motion turns transitions and animations off', async ({ page }) => {
  const cellTransition = () =>
    grid('Positions matrix')(page)
      .getByRole('gridcell')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
  await page.goto('/');
  await expect(grid('Positions matrix')(page)).toBeVisible();
  expect(await cellTransition()).not.toMatch(/^0s(, 0s)*$/);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await cellTransition()).toMatch(/^0s(, 0s)*$/);
  await page.goto('/present');
  const stage = page.locator('.present-stage');
  await expect(stage).toBeVisible();
  expect(await stage.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});
