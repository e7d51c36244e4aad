import { expect, test, type Page } from '@playwright/test';

/** Fails every test of the calling spec file that logs a console error or throws in the page. */
export function failOnConsoleErrors(): void {
  const consoleErrors = new WeakMap<Page, string[]>();
  test.beforeEach(({ page }) => {
    const errors: string[] = [];
    consoleErrors.set(page, errors);
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
  });
  test.afterEach(({ page }) => {
    expect(consoleErrors.get(page)).toEqual([]);
  });
}
