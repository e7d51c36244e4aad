import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import { loadCatalog, type Lang } from '../../src/i18n/i18n';
import { I18nContext, makeI18n } from '../../src/i18n/use-i18n';
import { buildIndex } from '../../src/model/dataset-index';
import type { DealTerm } from '../../src/model/deal';
import type { IsoDate } from '../../src/model/types';
import { DealVerdicts, type DealVerdictsProps } from '../../src/views/deal/DealVerdicts';
import { miniDataset } from '../fixtures/mini-dataset';

const result = validateDataset(miniDataset());
if (!result.ok) throw new Error('fixture invalid');
const index = buildIndex(result.dataset);
const TERMS: DealTerm[] = [
  { issue: 'border', outcomes: ['new-line'] },
  { issue: 'alliance', outcomes: ['neutral'] },
];

function renderGrid(props: Partial<DealVerdictsProps> = {}, lang: Lang = 'en') {
  return render(
    <I18nContext.Provider value={makeI18n(lang)}>
      <DealVerdicts
        index={index}
        terms={TERMS}
        parties={['north', 'south', 'league']}
        at={'2024-12-31' as IsoDate}
        rel="reported"
        {...props}
      />
    </I18nContext.Provider>,
  );
}

/** Row by row, each cell's visible text (symbol and word). */
const texts = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('gridcell')
        .map((c) => c.textContent),
    );

describe('DealVerdicts', () => {
  it('shows a symbol and a word for every verdict, rows = terms, columns = parties', () => {
    renderGrid({ at: '2022-03-15' as IsoDate });
    const g = screen.getByRole('grid', { name: 'Deal verdicts' });
    expect(
      within(g)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Term', 'North', 'South', 'League']);
    expect(
      within(g)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['BorderNew line', 'AllianceNeutral']);
    expect(texts()).toEqual([
      ['✓ accepts', '✕ red line', '? silent'],
      ['? silent', '? silent', '? silent'],
    ]);
    expect(screen.getByText(/Verdicts as of 15 March 2022/)).toBeInTheDocument();
  });

  it('says "wants other terms" where a party accepts other outcomes only', () => {
    renderGrid();
    expect(texts()[0]).toEqual(['✓ accepts', '≠ other', '? silent']);
    expect(
      screen.getByRole('gridcell', {
        name: 'South on Border: New line: wants other terms, statement of 14 June 2024',
      }),
    ).toBeInTheDocument();
  });

  it('explains the four symbols in a legend', () => {
    renderGrid();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual([
      '✓ accepts: accepts at least one outcome of the term',
      '✕ red line crossed: every outcome of the term is one of its red lines',
      '≠ wants other terms: accepts other outcomes only',
      '? silent: no statement, or none on these outcomes',
    ]);
  });

  it('is read-only without onSelect: no cell is marked selectable', async () => {
    renderGrid();
    const cell = screen.getByRole('gridcell', { name: /^North on Border/ });
    expect(cell).not.toHaveAttribute('aria-selected');
    await userEvent.setup().click(cell);
    expect(cell).not.toHaveAttribute('aria-selected');
  });

  it('reports a click or Enter through onSelect and marks the selected cell', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderGrid({ onSelect, selected: { party: 'league', issue: 'alliance' } });
    expect(screen.getByRole('gridcell', { name: /^League on Alliance/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.click(screen.getByRole('gridcell', { name: /^South on Border/ }));
    expect(onSelect).toHaveBeenLastCalledWith('south', 'border');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('south', 'alliance');
  });

  it('says what is missing instead of an empty grid', () => {
    const { unmount } = renderGrid({ terms: [] });
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.getByText(/No terms chosen yet/)).toBeInTheDocument();
    unmount();
    renderGrid({ parties: [] });
    expect(screen.getByText('Choose at least one party to see the verdicts.')).toBeInTheDocument();
  });

  it('speaks German', async () => {
    await loadCatalog('de');
    renderGrid({}, 'de');
    expect(screen.getByRole('grid', { name: 'Bewertung der Einigung' })).toBeInTheDocument();
    expect(
      screen.getByRole('gridcell', {
        name: 'Liga zu Grenze: Neue Linie: schweigt, keine Aussage bis 31. Dezember 2024',
      }),
    ).toHaveTextContent('? schweigt');
  });
});
