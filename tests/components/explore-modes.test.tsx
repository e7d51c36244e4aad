import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app';

describe('the explorer’s matrix modes, wired to the URL', () => {
  it('sums the overlap over the selected issues and orders parties from the link', async () => {
    const { router } = renderApp('/?mode=overlap&overlap=all&order=name');
    const grid = await screen.findByRole('grid', { name: 'Overlap matrix' });
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.slice(1)).toEqual(['League', 'North', 'South']);
    expect(
      within(grid).getByRole('gridcell', { name: /^North and South across 2 issues:/ }),
    ).toBeInTheDocument();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order parties' }), [
      'By agreement with South',
    ]);
    expect(router.state.location.search).toContain('order=party:south');
  });

  it('shows only what changed when a comparison date is in the link', async () => {
    renderApp('/?at=2024-12-31&compare=2022-03-01');
    const grid = await screen.findByRole('grid', { name: 'Changes matrix' });
    expect(screen.queryByRole('grid', { name: 'Positions matrix' })).toBeNull();
    expect(within(grid).getAllByRole('gridcell').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Changes in detail' })).toBeInTheDocument();
    // Comparing replaces the common-ground table, which describes a single date.
    expect(screen.queryByRole('region', { name: 'Common ground' })).toBeNull();
  });

  it('says in words what the positions matrix shows, and where common ground is', async () => {
    renderApp('/?at=2024-12-31');
    await screen.findByRole('grid', { name: 'Positions matrix' });
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent(
      /^SummaryAs of 31 December 2024,/,
    );
    const ground = await screen.findByRole('region', { name: 'Common ground' });
    expect(within(ground).getByRole('table')).toBeInTheDocument();
  });

  it('opens the details of an issue chosen in the common-ground table', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/?at=2024-12-31');
    const ground = await screen.findByRole('region', { name: 'Common ground' });
    await user.click(within(ground).getByRole('button', { name: 'Alliance' }));
    expect(router.state.location.search).toContain('focus=north:alliance');
    expect(screen.getByRole('region', { name: 'Details' })).toHaveTextContent('Alliance');
  });
});
