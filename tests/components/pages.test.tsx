import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app';

describe('/data', () => {
  it('lists every statement with its sources, sortable by column', async () => {
    const user = userEvent.setup();
    renderApp('/data');
    const table = await screen.findByRole('table', { name: 'Statements' });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(within(table).getAllByRole('link', { name: 'Wire A' })[0]).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    await user.click(within(table).getByRole('button', { name: /Party/ }));
    expect(within(table).getByRole('columnheader', { name: /Party/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const firstParty = () =>
      within(table).getAllByRole('row')[1]!.querySelectorAll('td')[1]!.textContent;
    expect(firstParty()).toBe('League');
    await user.click(within(table).getByRole('button', { name: /Party/ }));
    expect(firstParty()).toBe('South');
  });
});

describe('/about', () => {
  it('explains the method in the chosen language', async () => {
    renderApp('/about?lang=de');
    expect(
      await screen.findByRole('heading', { name: 'Zur Methode', level: 1 }),
    ).toBeInTheDocument();
  });
});

describe('an unknown route', () => {
  it('says so and links back', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('/matrix and /timeline', () => {
  it('/matrix shows the matrix without the timeline', async () => {
    renderApp('/matrix?at=2024-06-01');
    expect(await screen.findByRole('grid', { name: 'Positions matrix' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Timeline' })).not.toBeInTheDocument();
  });

  it('/timeline shows the timeline and the details of a focused cell, without the matrix', async () => {
    renderApp('/timeline?at=2024-06-01&focus=north:border');
    expect(await screen.findByRole('region', { name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Details' })).toBeInTheDocument();
    expect(screen.queryByRole('grid', { name: 'Positions matrix' })).not.toBeInTheDocument();
  });
});

describe('while the bundled dataset loads', () => {
  it('names it from the catalog', async () => {
    renderApp('/');
    const fetchStub = vi.mocked(fetch);
    const answer = fetchStub.getMockImplementation()!;
    // The dataset's file never arrives; the catalog does.
    fetchStub.mockImplementation(async (input) =>
      String(input).endsWith('mini.json') ? new Promise<Response>(() => {}) : answer(input),
    );
    expect(await screen.findByRole('heading', { name: 'Mini', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading dataset…');
  });
});
