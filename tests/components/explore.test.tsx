import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app';

const grid = () => screen.findByRole('grid', { name: 'Positions matrix' });

describe('the explorer', () => {
  it('shows the positions matrix as of the dataset date', async () => {
    renderApp('/');
    const matrix = await grid();
    expect(within(matrix).getByRole('columnheader', { name: 'South' })).toBeInTheDocument();
    expect(within(matrix).getByRole('rowheader', { name: 'Border' })).toBeInTheDocument();
    expect(
      within(matrix).getByRole('gridcell', {
        name: /South on Border: prefers Old line; accepts Front line/,
      }),
    ).toBeInTheDocument();
    expect(
      within(matrix).getByRole('gridcell', { name: /League on Border: no statement yet/ }),
    ).toBeInTheDocument();
  });

  it('moves a cell back in time when the "As of" slider moves', async () => {
    const { router } = renderApp('/?at=2024-06-14');
    await grid();
    const slider = screen.getByRole('slider', { name: 'As of' });
    fireEvent.change(slider, { target: { value: String(Date.UTC(2022, 2, 15) / 86_400_000) } });
    expect(
      await screen.findByRole('gridcell', {
        name: /South on Border: prefers Old line; rejects New line/,
      }),
    ).toBeInTheDocument();
    // The URL follows once the slider rests (scrubbing is debounced).
    await waitFor(() => expect(router.state.location.search).toContain('at=2022-03-15'));
  });

  it('opens the details of a cell with its quote and source links', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await grid();
    await user.click(screen.getByRole('gridcell', { name: /South on Border/ }));
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('Not one metre.')).toBeInTheDocument();
    expect(within(details).getAllByRole('link', { name: 'Wire A' })[0]).toHaveAttribute(
      'href',
      'https://example.org/a',
    );
    expect(within(details).getByText('softened')).toBeInTheDocument();
    expect(router.state.location.search).toContain('focus=south:border');
  });

  it('shows the "via" chain of a second-hand source', async () => {
    renderApp('/?focus=north:border');
    const details = await screen.findByRole('region', { name: 'Details' });
    expect(await within(details).findByRole('link', { name: 'Paper B' })).toHaveAttribute(
      'href',
      'https://example.org/b-original',
    );
    expect(within(details).getAllByText(/via/)).toHaveLength(2);
    // The wire report is read only through Paper B: it is named, not linked to Paper B's page.
    expect(within(details).getByText('Wire C')).toBeInTheDocument();
    expect(within(details).queryByRole('link', { name: 'Wire C' })).toBeNull();
  });

  it('moves through the grid with the arrow keys and opens a cell with Enter', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const matrix = await grid();
    const first = within(matrix).getAllByRole('gridcell')[0]!;
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(within(matrix).getByRole('gridcell', { name: /South on Border/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByRole('heading', { name: /South · Alliance/ })).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(within(matrix).getByRole('gridcell', { name: /League on Alliance/ })).toHaveFocus();
  });

  it('switches to German, including the page language', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await grid();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    expect(await screen.findByRole('grid', { name: 'Positionsmatrix' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Stand' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
  });

  it('ignores nonsense in the link with a notice, and still works', async () => {
    const user = userEvent.setup();
    renderApp('/?at=yesterday&parties=north,mars&rel=gossip');
    const matrix = await grid();
    const notices = screen.getByRole('region', { name: 'Notices' });
    expect(within(notices).getByText(/“at” value “yesterday”/)).toBeInTheDocument();
    expect(await within(notices).findByText(/party “mars”/)).toBeInTheDocument();
    expect(
      within(matrix)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Issue', 'North']);
    const dismiss = within(notices).getAllByRole('button', { name: 'Dismiss notice' });
    for (const button of dismiss) await user.click(button);
    expect(within(notices).queryAllByRole('paragraph')).toHaveLength(0);
  });

  it('lets the reader narrow the parties', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await grid();
    await user.click(screen.getByText(/^Parties/, { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: 'North' }));
    await waitFor(() => expect(router.state.location.search).toContain('parties=south,league'));
    expect(screen.queryByRole('columnheader', { name: 'North' })).not.toBeInTheDocument();
  });

  it('lists every problem of a broken dataset with its path', async () => {
    renderApp('/', { schemaVersion: 2 });
    expect(
      await screen.findByRole('heading', { name: 'This dataset could not be loaded.' }),
    ).toBeInTheDocument();
    expect(screen.getByText('$.schemaVersion')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open the bundled dataset instead' }),
    ).toBeInTheDocument();
  });
});

describe('browser history', () => {
  it('goes back to the view before a deliberate step', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await grid();
    await user.click(screen.getByRole('gridcell', { name: /South on Border/ }));
    expect(screen.getByRole('heading', { name: /South · Border/ })).toBeInTheDocument();
    await act(() => router.navigate(-1));
    expect(await screen.findByText(/Select a cell of the matrix/)).toBeInTheDocument();
    await act(() => router.navigate(1));
    expect(await screen.findByRole('heading', { name: /South · Border/ })).toBeInTheDocument();
  });
});

describe('links naming what the dataset lacks', () => {
  it('leave unknown issues out instead of failing', async () => {
    renderApp('/?issues=oil,border');
    const matrix = await grid();
    expect(
      within(matrix)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Border']);
    expect(await screen.findByText(/issue “oil”/)).toBeInTheDocument();
  });

  it('say where an external dataset comes from', async () => {
    renderApp('/?data=https://example.org/elsewhere.json');
    expect(await screen.findByText(/comes from example.org/)).toBeInTheDocument();
  });
});
