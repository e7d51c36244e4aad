import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import type { Lang } from '../../src/i18n/i18n';
import { I18nContext, makeI18n } from '../../src/i18n/use-i18n';
import { buildIndex } from '../../src/model/dataset-index';
import type { IsoDate } from '../../src/model/types';
import type { Order } from '../../src/state/view-state';
import { OverlapControls } from '../../src/views/controls/OverlapControls';
import type { OverlapControlsProps } from '../../src/views/controls/OverlapControls';
import { OverlapMatrix } from '../../src/views/matrix/OverlapMatrix';
import type { OverlapMatrixProps } from '../../src/views/matrix/OverlapMatrix';
import { miniDataset } from '../fixtures/mini-dataset';

const validated = validateDataset(miniDataset());
if (!validated.ok) throw new Error('the mini dataset must be valid');
const index = buildIndex(validated.dataset);
const PARTIES = ['north', 'south', 'league'];
const ISSUES = ['border', 'alliance'];

function withLang(lang: Lang, node: ReactNode) {
  return <I18nContext.Provider value={makeI18n(lang)}>{node}</I18nContext.Provider>;
}

function renderMatrix(props: Partial<OverlapMatrixProps> = {}, lang: Lang = 'en') {
  const onSelect = vi.fn();
  const all: OverlapMatrixProps = {
    index,
    parties: PARTIES,
    issues: ISSUES,
    summed: true,
    order: undefined,
    at: '2024-12-31' as IsoDate,
    rel: 'reported',
    onSelect,
    ...props,
  };
  const result = render(withLang(lang, <OverlapMatrix {...all} />));
  return { ...result, onSelect, grid: screen.getByRole('grid', { name: /matrix/i }) };
}

const columns = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('columnheader')
    .slice(1)
    .map((h) => h.textContent);

describe('OverlapMatrix summed over issues', () => {
  it('counts the kinds with symbols and names the issues behind each', () => {
    const { grid } = renderMatrix();
    const cell = within(grid).getByRole('gridcell', {
      name: 'North and South across 2 issues: conflict on Border; unknown on Alliance',
    });
    // The unknown issue is named in the label and tooltip, not counted in the cell.
    expect(cell).toHaveTextContent(/^✕1$/);
    expect(cell).toHaveClass('relation-conflict');
    expect(cell).toHaveAttribute('data-tip', 'conflict on Border; unknown on Alliance');
    expect(
      within(grid).getByRole('gridcell', {
        name: 'League and North across 2 issues: overlap on Alliance; unknown on Border',
      }),
    ).toHaveTextContent(/^∩1$/);
    expect(
      within(grid).getByRole('gridcell', { name: /South and League .*unknown on Border and/ }),
    ).toHaveClass('relation-unknown');
    expect(screen.getByText(/across the 2 selected issues as of/)).toBeInTheDocument();
  });

  it('ignores `issue` when summed and shows the single issue otherwise', () => {
    const { grid, rerender } = renderMatrix({ issue: 'alliance' });
    expect(within(grid).getAllByRole('gridcell', { name: /across 2 issues/ })).toHaveLength(9);
    rerender(
      withLang(
        'en',
        <OverlapMatrix
          index={index}
          parties={PARTIES}
          issue="alliance"
          at={'2024-12-31' as IsoDate}
          rel="reported"
          onSelect={() => {}}
        />,
      ),
    );
    expect(
      screen.getByRole('gridcell', { name: /North and League on Alliance: overlap/ }),
    ).toHaveAttribute('data-tip', 'Overlap — compromise: Neutral');
  });

  it('says a conflict’s distance in words in the tooltip of a single issue', () => {
    const { grid } = renderMatrix({ summed: false, issue: 'border' });
    const cell = within(grid).getByRole('gridcell', { name: /South and North on Border/ });
    expect(cell).toHaveAccessibleName(/closest point: 1/);
    expect(cell.dataset.tip).toMatch(/neighbours on the scale \(one step apart\)/);
    expect(cell).toHaveTextContent('✕ 1 conflict');
  });

  it.each<[Order | undefined, string[], RegExp]>([
    [undefined, ['North', 'South', 'League'], /in the order selected/],
    ['name', ['League', 'North', 'South'], /ordered by name/],
    ['similarity', ['North', 'League', 'South'], /blocs sit together/],
    [{ party: 'south' }, ['South', 'North', 'League'], /agree with South/],
  ])('orders rows and columns: %j', (order, expected, caption) => {
    const { grid } = renderMatrix({ order });
    expect(columns(grid)).toEqual(expected);
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(expected);
    expect(screen.getByText(caption)).toBeInTheDocument();
  });

  it('shows the tooltip on focus and selects the dominant kind’s first issue on Enter', async () => {
    const user = userEvent.setup();
    const { grid, onSelect } = renderMatrix();
    await user.tab();
    expect(within(grid).getByRole('gridcell', { name: /North and North/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    const cell = within(grid).getByRole('gridcell', { name: /North and South/ });
    expect(cell).toHaveFocus();
    expect(cell).toHaveAttribute('tabindex', '0');
    expect(screen.getByTestId('grid-tooltip')).toHaveTextContent(
      'conflict on Border; unknown on Alliance',
    );
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith({ party: 'north', issue: 'border' });
    await user.click(within(grid).getByRole('gridcell', { name: /League and North/ }));
    expect(onSelect).toHaveBeenLastCalledWith({ party: 'league', issue: 'alliance' });
  });

  it('shows the tooltip when a cell gets focus programmatically', () => {
    const { grid } = renderMatrix({ order: 'name' });
    const cell = within(grid).getByRole('gridcell', { name: /League and South/ });
    act(() => cell.focus());
    expect(screen.getByTestId('grid-tooltip')).toHaveTextContent('unknown on Border and Alliance');
  });

  it('speaks German, with German issue names', () => {
    const { grid } = renderMatrix({}, 'de');
    expect(grid).toHaveAccessibleName('Überschneidungsmatrix');
    expect(
      within(grid).getByRole('gridcell', {
        name: 'Nord und Süd über 2 Streitfragen: Konflikt bei Grenze; unbekannt bei Bündnis',
      }),
    ).toBeInTheDocument();
  });

  it('says so when there is nothing to compare', () => {
    render(
      <OverlapMatrix
        index={index}
        parties={PARTIES}
        summed
        issues={[]}
        at={'2024-12-31' as IsoDate}
        rel="reported"
        onSelect={() => {}}
      />,
    );
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.getByText(/Choose at least one party and one issue/)).toBeInTheDocument();
  });
});

describe('OverlapControls', () => {
  function renderControls(props: Partial<OverlapControlsProps> = {}, lang: Lang = 'en') {
    const onScope = vi.fn();
    const onOrder = vi.fn();
    render(
      withLang(
        lang,
        <OverlapControls
          issues={[
            { id: 'border', label: 'Border' },
            { id: 'alliance', label: 'Alliance' },
          ]}
          parties={[
            { id: 'north', label: 'North' },
            { id: 'south', label: 'South' },
          ]}
          scope="all"
          order={undefined}
          onScope={onScope}
          onOrder={onOrder}
          {...props}
        />,
      ),
    );
    return { onScope, onOrder };
  }

  it('chooses one issue or all of them summed', async () => {
    const user = userEvent.setup();
    const { onScope } = renderControls({ scope: { issue: 'alliance' } });
    const select = screen.getByRole('combobox', { name: 'Issue compared' });
    expect(select).toHaveDisplayValue('Alliance');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All selected issues (summed)', 'Border', 'Alliance']);
    await user.selectOptions(select, 'All selected issues (summed)');
    expect(onScope).toHaveBeenLastCalledWith('all');
    await user.selectOptions(select, 'Border');
    expect(onScope).toHaveBeenLastCalledWith({ issue: 'border' });
    // Option values are the issue ids themselves.
    await user.selectOptions(select, 'alliance');
    expect(onScope).toHaveBeenLastCalledWith({ issue: 'alliance' });
  });

  it('chooses the party order', async () => {
    const user = userEvent.setup();
    const { onOrder } = renderControls({ order: 'name' });
    const select = screen.getByRole('combobox', { name: 'Order parties' });
    expect(select).toHaveDisplayValue('By name');
    await user.selectOptions(select, 'By agreement with South');
    expect(onOrder).toHaveBeenLastCalledWith({ party: 'south' });
    await user.selectOptions(select, 'By similarity (blocs)');
    expect(onOrder).toHaveBeenLastCalledWith('similarity');
    await user.selectOptions(select, 'As selected');
    expect(onOrder).toHaveBeenLastCalledWith(undefined);
  });

  it('speaks German', () => {
    renderControls({ order: { party: 'north' } }, 'de');
    expect(screen.getByRole('combobox', { name: 'Parteien ordnen' })).toHaveDisplayValue(
      'Nach Übereinstimmung mit North',
    );
    expect(screen.getByRole('combobox', { name: 'Verglichene Streitfrage' })).toHaveDisplayValue(
      'Alle gewählten Streitfragen (zusammengefasst)',
    );
  });
});
