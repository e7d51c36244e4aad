import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app';

describe('the overlap matrix', () => {
  it('shows how each pair relates on one issue, in words and symbols', async () => {
    renderApp('/?mode=overlap&issues=alliance');
    const grid = await screen.findByRole('grid', { name: 'Overlap matrix' });
    expect(
      within(grid).getByRole('gridcell', {
        name: /North and League on Alliance: overlap: both accept Neutral/,
      }),
    ).toBeInTheDocument();
    expect(
      within(grid).getByRole('gridcell', { name: /North and South on Alliance: unknown/ }),
    ).toBeInTheDocument();
    expect(
      within(grid).getByRole('gridcell', { name: /North and North on Alliance: same party/ }),
    ).toBeInTheDocument();
  });

  it('gives the conflict severity on ordered issues', async () => {
    renderApp('/?mode=overlap&issues=border&at=2022-03-31');
    const grid = await screen.findByRole('grid', { name: 'Overlap matrix' });
    expect(
      within(grid).getByRole('gridcell', {
        name: /South and North on Border: conflict: .*closest point: 2/,
      }),
    ).toBeInTheDocument();
  });

  it('switches between the two matrices and keeps the choice in the link', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await screen.findByRole('grid', { name: 'Positions matrix' });
    await user.click(screen.getByRole('radio', { name: 'Overlap' }));
    expect(await screen.findByRole('grid', { name: 'Overlap matrix' })).toBeInTheDocument();
    expect(router.state.location.search).toContain('mode=overlap');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Issue compared' }), 'alliance');
    expect(screen.getByText(/positions on “Alliance” relate/)).toBeInTheDocument();
  });
});
