import { act, render, screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { EmbedApp } from '../../src/app/embed/EmbedApp';
import type { EmbedView } from '../../src/app/embed/embed-path';
import { useColourScheme } from '../../src/ui/use-colour-scheme';
import { miniDataset } from '../fixtures/mini-dataset';

const CURRENT = '2024-12-31.1';

/** Serves the mini dataset as the bundled one; `archive` holds older versions by number. */
function serve(catalogVersion = CURRENT, archive: Record<string, unknown> = {}) {
  const fetchMock = vi.fn(async (input: string) => {
    if (input.endsWith('datasets/index.json'))
      return Response.json({
        datasets: [
          { id: 'mini', file: 'mini.json', title: { en: 'Mini' }, version: catalogVersion },
        ],
      });
    if (input.endsWith('datasets/mini.json')) return Response.json(miniDataset());
    const archived = /datasets\/archive\/mini\/(.+)\.json$/.exec(input)?.[1];
    if (archived && archive[archived]) return Response.json(archive[archived]);
    return new Response('not found', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderEmbed(view: EmbedView, search = '') {
  window.history.replaceState(null, '', `/embed/${view}${search}`);
  return render(<EmbedApp view={view} />);
}

afterEach(() => {
  document.documentElement.removeAttribute('data-theme');
  window.history.replaceState(null, '', '/');
});

describe('the matrix embed', () => {
  it('shows the view with its title, date, legend, summary and sources, and no app chrome', async () => {
    serve();
    renderEmbed('matrix', '?at=2024-06-30&parties=north,south&issues=border');
    const grid = await screen.findByRole('grid', { name: 'Positions matrix' });
    expect(screen.getByRole('heading', { level: 1, name: 'Mini negotiation' })).toBeVisible();
    expect(screen.getByText('As of 30 June 2024')).toBeVisible();
    expect(within(grid).getAllByRole('gridcell').length).toBeGreaterThan(0);
    expect(screen.getByRole('region', { name: 'Legend' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Summary' })).toBeVisible();
    expect(
      screen.getByText(/^Sources: \d+ statements? from \d+ outlets? · Dataset version/),
    ).toHaveTextContent(`Dataset version ${CURRENT}`);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    expect(screen.queryByRole('slider', { name: 'As of' })).not.toBeInTheDocument();
  });

  it('links to the same state in the full app, in a new tab', async () => {
    serve();
    renderEmbed('matrix', '?parties=north,south&mode=overlap&theme=dark');
    const link = await screen.findByRole('link', { name: /Open in Common Ground/ });
    expect(link).toHaveAttribute('href', '/?parties=north,south&mode=overlap&theme=dark');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('grid', { name: 'Overlap matrix' })).toBeVisible();
  });

  it('reports a bad parameter without breaking', async () => {
    serve();
    renderEmbed('matrix', '?theme=sepia');
    await screen.findByRole('grid', { name: 'Positions matrix' });
    expect(screen.getByRole('region', { name: 'Notices' })).toHaveTextContent('sepia');
  });
});

describe('a frozen embed (version=…)', () => {
  it('says nothing while its version is the current one', async () => {
    serve();
    renderEmbed('matrix', `?version=${CURRENT}`);
    await screen.findByRole('grid', { name: 'Positions matrix' });
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('loads the archived copy of its version and notes the newer one', async () => {
    const fetchMock = serve('2025-02-01.1', { [CURRENT]: miniDataset() });
    renderEmbed('matrix', `?version=${CURRENT}&parties=north`);
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('A newer version of this data exists (2025-02-01.1).');
    expect(within(note).getByRole('link', { name: /Open the live view/ })).toHaveAttribute(
      'href',
      '/?parties=north',
    );
    expect(fetchMock).toHaveBeenCalledWith(
      expect.stringMatching(/datasets\/archive\/mini\/2024-12-31\.1\.json$/),
      expect.anything(),
    );
  });

  it('falls back to the current data, saying so, when its version is not available', async () => {
    serve();
    renderEmbed('matrix', '?version=2020-01-01.1');
    expect(await screen.findByRole('note')).toHaveTextContent(
      `Version 2020-01-01.1 of this data is not available here; showing version ${CURRENT}.`,
    );
    expect(screen.getByRole('grid', { name: 'Positions matrix' })).toBeVisible();
  });
});

describe('the timeline embed', () => {
  it('shows the timeline with the summary and the sources', async () => {
    serve();
    renderEmbed('timeline', '?at=2024-11-20');
    expect(await screen.findByRole('region', { name: 'Timeline' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Summary' })).toBeVisible();
    expect(screen.getByText(/^Sources: /)).toBeVisible();
  });

  it('shows "not found" with a way to the app for an unknown view', async () => {
    serve();
    window.history.replaceState(null, '', '/embed/pie');
    render(<EmbedApp view={null} />);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});

function SchemeProbe() {
  return <p>scheme: {useColourScheme()}</p>;
}

describe('the theme parameter', () => {
  it('forces dark colours on the page, and canvas drawings follow', async () => {
    serve();
    renderEmbed('matrix', '?theme=dark');
    render(<SchemeProbe />);
    await screen.findByRole('grid', { name: 'Positions matrix' });
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(screen.getByText('scheme: dark')).toBeInTheDocument();
    act(() => document.documentElement.setAttribute('data-theme', 'light'));
    expect(await screen.findByText('scheme: light')).toBeInTheDocument();
  });

  it('leaves the colours to the system with theme=auto', async () => {
    serve();
    renderEmbed('matrix', '?theme=auto');
    await screen.findByRole('grid', { name: 'Positions matrix' });
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });
});

describe('the deal embed', () => {
  it('shows the plan’s verdicts and who could sign, and opens the deal builder', async () => {
    serve();
    renderEmbed('deal', '?plan=plan-1&parties=north,south&at=2024-06-30');
    const grid = await screen.findByRole('grid', { name: 'Deal verdicts' });
    expect(screen.getByText('Who accepts “North plan”')).toBeVisible();
    expect(
      within(grid).getByRole('gridcell', { name: /^North on Alliance: Neutral: accepts/ }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Who could sign' })).toBeVisible();
    expect(screen.getByRole('link', { name: /Open in Common Ground/ })).toHaveAttribute(
      'href',
      '/deal?at=2024-06-30&parties=north,south&plan=plan-1',
    );
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('names a deal chosen term by term as such', async () => {
    serve();
    renderEmbed('deal', '?plan=plan-1&terms=border:old-line');
    await screen.findByRole('grid', { name: 'Deal verdicts' });
    expect(screen.getByText('Who accepts “a deal chosen term by term”')).toBeVisible();
  });
});
