import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import type { Lang } from '../../src/i18n/i18n';
import { I18nContext, makeI18n } from '../../src/i18n/use-i18n';
import { buildIndex } from '../../src/model/dataset-index';
import type { IsoDate } from '../../src/model/types';
import {
  CommonGroundPanel,
  type CommonGroundPanelProps,
} from '../../src/views/common-ground/CommonGroundPanel';
import { miniDataset } from '../fixtures/mini-dataset';

const result = validateDataset(miniDataset());
if (!result.ok) throw new Error('fixture invalid');
const index = buildIndex(result.dataset);
const PARTIES = ['north', 'south', 'league'];
const ISSUES = ['border', 'alliance'];

function panel(at: string, lang: Lang, overrides: Partial<CommonGroundPanelProps>) {
  return (
    <I18nContext.Provider value={makeI18n(lang)}>
      <CommonGroundPanel
        index={index}
        parties={PARTIES}
        issues={ISSUES}
        at={at as IsoDate}
        rel="reported"
        onSelectIssue={() => {}}
        {...overrides}
      />
    </I18nContext.Provider>
  );
}

function renderPanel(
  at = '2024-12-31',
  { lang = 'en' as Lang, ...overrides }: Partial<CommonGroundPanelProps> & { lang?: Lang } = {},
) {
  const onSelectIssue = vi.fn();
  const view = render(panel(at, lang, { onSelectIssue, ...overrides }));
  const rerenderAt = (date: string) =>
    view.rerender(panel(date, lang, { onSelectIssue, ...overrides }));
  return { onSelectIssue, rerenderAt };
}

const rowOf = (issue: string) => screen.getByRole('row', { name: new RegExp(`^${issue}`) });

/** The word names the status cell; the symbol beside it is hidden from screen readers. */
function expectStatus(row: HTMLElement, symbol: string, word: string) {
  expect(within(row).getByRole('cell', { name: word })).toHaveTextContent(`${symbol} ${word}`);
}

describe('the common ground panel', () => {
  it('is a titled region whose table counts the issues with common ground', () => {
    renderPanel();
    const region = screen.getByRole('region', { name: 'Common ground' });
    expect(
      within(region).getByText(/every selected party .* as of 31 December 2024/),
    ).toBeInTheDocument();
    expect(
      within(region).getByRole('table', { name: 'Common ground on 1 of 2 issues (1 blocked)' }),
    ).toBeInTheDocument();
    expect(
      within(region)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Issue', 'Status', 'Accepted by all', 'Blocked by', 'Silent']);
  });

  it('names who blocks an issue, with a status word beside the symbol', () => {
    renderPanel();
    const row = rowOf('Border');
    expectStatus(row, '✗', 'blocked');
    expect(
      within(row).getByRole('cell', { name: 'blocked by North and South' }),
    ).toBeInTheDocument();
  });

  it('lists the outcomes everyone with a position accepts, and who is silent', () => {
    renderPanel();
    const row = rowOf('Alliance');
    expectStatus(row, '✓', 'common ground');
    const outcomes = within(row).getByRole('list');
    expect(
      within(outcomes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Neutral']);
    expect(within(row).getByRole('cell', { name: 'no position: South' })).toBeInTheDocument();
    expect(
      within(rowOf('Border')).getByRole('cell', { name: 'no position: League' }),
    ).toBeInTheDocument();
  });

  it('follows the date', () => {
    const { rerenderAt } = renderPanel('2024-07-01');
    expect(
      screen.getByRole('table', { name: /^Common ground on 0 of 2 issues/ }),
    ).toBeInTheDocument();
    const row = rowOf('Alliance');
    expectStatus(row, '?', 'too few positions');
    expect(within(row).getByText('only North has a position:')).toBeInTheDocument();
    expect(
      within(row).getByRole('cell', { name: 'no position: South and League' }),
    ).toBeInTheDocument();

    rerenderAt('2024-12-31');
    expect(
      screen.getByRole('table', { name: /^Common ground on 1 of 2 issues/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/as of 31 December 2024/)).toBeInTheDocument();
  });

  it('reports the issue chosen by its name', async () => {
    const user = userEvent.setup();
    const { onSelectIssue } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Alliance' }));
    expect(onSelectIssue).toHaveBeenCalledWith('alliance');
  });

  it('marks the issue in focus', () => {
    renderPanel('2024-12-31', { focusIssue: 'border' });
    expect(screen.getByRole('button', { name: 'Border' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('button', { name: 'Alliance' })).not.toHaveAttribute('aria-current');
  });

  it('speaks German', () => {
    renderPanel('2024-12-31', { lang: 'de' });
    const region = screen.getByRole('region', { name: 'Gemeinsame Basis' });
    expect(
      within(region).getByRole('table', { name: /^Gemeinsame Basis bei 1 von 2 Streitfragen/ }),
    ).toBeInTheDocument();
    const row = within(region).getByRole('row', { name: /^Grenze/ });
    expectStatus(row, '✗', 'blockiert');
    expect(
      within(row).getByRole('cell', { name: 'blockiert durch Nord und Süd' }),
    ).toBeInTheDocument();
    expect(within(region).getByText('Neutral')).toBeInTheDocument();
    expect(within(region).getByText(/Stand 31\. Dezember 2024/)).toBeInTheDocument();
  });

  it('asks for a selection when there is nothing to compare', () => {
    renderPanel('2024-12-31', { parties: [] });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(/Choose at least one party and one issue/)).toBeInTheDocument();
  });

  it('shows a single party its own accepted outcomes and says so', () => {
    renderPanel('2024-12-31', { parties: ['south'] });
    expect(screen.getByText(/Only South is selected/)).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'South has a position on 1 of 2 issues' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Blocked by' })).not.toBeInTheDocument();
    const row = rowOf('Border');
    expectStatus(row, '?', 'own position');
    expect(
      within(row)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Old line', 'Front line']);
  });
});
