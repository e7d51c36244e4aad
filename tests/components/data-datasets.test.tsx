import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { datasetStore, type NewDataset } from '../../src/data/dataset-store';
import { miniDataset } from '../fixtures/mini-dataset';
import { dataPageReady, forgetStoredDatasets, renderDataApp } from './data-helpers';

afterEach(forgetStoredDatasets);

const other = (): NewDataset => {
  const dataset = {
    ...miniDataset(),
    id: 'brexit',
    title: { en: 'Brexit talks', de: 'Brexit-Verhandlungen' },
  };
  return {
    name: 'Brexit (class 9b)',
    text: JSON.stringify(dataset),
    id: 'brexit',
    title: dataset.title,
    version: dataset.version,
    origin: 'csv',
  };
};

async function keep(entry: NewDataset = other()): Promise<string> {
  const saved = await datasetStore.save(entry);
  if (!saved.ok) throw new Error(saved.detail);
  return saved.info.key;
}

const list = (name: string) => screen.getByRole('list', { name });

describe('/data: Datasets', () => {
  it('lists the bundled dataset in use and the stored ones with what they are', async () => {
    await keep();
    renderDataApp('/data');
    await dataPageReady();
    const bundled = within(list('Bundled with Common Ground')).getByRole('listitem');
    expect(bundled).toHaveAttribute('aria-current', 'true');
    expect(bundled).toHaveTextContent('Mini in use');
    expect(within(bundled).queryByRole('button', { name: /^Use/ })).not.toBeInTheDocument();
    const mine = within(list('My datasets')).getByRole('listitem');
    expect(mine).not.toHaveAttribute('aria-current');
    expect(mine).toHaveTextContent(
      /^Brexit \(class 9b\)Brexit talks · version 2024-12-31\.1 · \d+ KB · saved .+ · from CSV sheets/,
    );
  });

  it('"Use" switches to a stored dataset, and the bundled one is one click back', async () => {
    const user = userEvent.setup();
    const key = await keep();
    const { router } = renderDataApp('/data?lang=en&focus=north:border');
    await dataPageReady();
    await user.click(screen.getByRole('button', { name: 'Use “Brexit (class 9b)”' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?dataset=my:${key}&lang=en`));
    await screen.findByText('Showing “Brexit talks”, version 2024-12-31.1.');
    await dataPageReady();
    const mine = within(list('My datasets')).getByRole('listitem');
    expect(mine).toHaveAttribute('aria-current', 'true');
    await user.click(screen.getByRole('button', { name: 'Use “Mini”' }));
    await waitFor(() => expect(router.state.location.search).toBe('?lang=en'));
    expect(await screen.findByText(/^Now showing “Mini”\./)).toBeInTheDocument();
  });

  it('renames in place; Escape cancels; an empty name is refused', async () => {
    const user = userEvent.setup();
    await keep();
    renderDataApp('/data');
    await dataPageReady();
    await user.click(screen.getByRole('button', { name: 'Rename “Brexit (class 9b)”' }));
    const field = screen.getByRole('textbox', { name: 'New name' });
    expect(field).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'New name' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename “Brexit (class 9b)”' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Rename “Brexit (class 9b)”' }));
    await user.clear(screen.getByRole('textbox', { name: 'New name' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('textbox', { name: 'New name' })).toHaveAccessibleDescription(
      'Write a name.',
    );
    await user.type(screen.getByRole('textbox', { name: 'New name' }), 'Brexit, 2016–2020{Enter}');
    expect(await screen.findByText('Renamed to “Brexit, 2016–2020”.')).toBeInTheDocument();
    expect(within(list('My datasets')).getByRole('listitem')).toHaveTextContent(
      /^Brexit, 2016–2020Brexit talks/,
    );
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Rename “Brexit, 2016–2020”' })).toHaveFocus(),
    );
  });

  it('deletes after asking; "Keep it" keeps it', async () => {
    const user = userEvent.setup();
    await keep();
    renderDataApp('/data');
    await dataPageReady();
    await user.click(screen.getByRole('button', { name: 'Delete “Brexit (class 9b)”' }));
    expect(screen.getByText(/^Delete “Brexit \(class 9b\)” from this browser\?/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.getByRole('button', { name: 'Delete “Brexit (class 9b)”' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Delete “Brexit (class 9b)”' }));
    await user.click(screen.getByRole('button', { name: 'Delete it' }));
    expect(await screen.findByText('Deleted “Brexit (class 9b)”.')).toBeInTheDocument();
    expect(screen.getByText(/^None yet\./)).toBeInTheDocument();
    expect(await datasetStore.list()).toEqual({ ok: true, datasets: [] });
  });

  it('deleting the dataset in use goes back to the bundled one', async () => {
    const user = userEvent.setup();
    const key = await keep();
    const { router } = renderDataApp(`/data?dataset=my:${key}`);
    await screen.findByText('Showing “Brexit talks”, version 2024-12-31.1.');
    await dataPageReady();
    await user.click(screen.getByRole('button', { name: 'Delete “Brexit (class 9b)”' }));
    await user.click(screen.getByRole('button', { name: 'Delete it' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(
      await screen.findByText(/^Deleted “Brexit \(class 9b\)”\. Now showing the bundled dataset\./),
    ).toBeInTheDocument();
    expect(screen.getByText('Showing “Mini negotiation”, version 2024-12-31.1.')).toBeVisible();
  });

  it('a stored dataset that is gone: a clear message and the way back', async () => {
    renderDataApp('/data?dataset=my:gone-123');
    expect(await screen.findByRole('heading', { name: 'This dataset could not be loaded.' }));
    expect(screen.getByText(/no longer kept in this browser/)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open the bundled dataset instead' }),
    ).toBeInTheDocument();
  });

  it('explains a storage the browser refuses, in plain words', async () => {
    vi.spyOn(datasetStore, 'list').mockResolvedValue({
      ok: false,
      problem: 'unavailable',
      detail: 'InvalidStateError',
    });
    renderDataApp('/data?lang=de');
    expect(
      await screen.findByText(/Dieser Browser lässt Common Ground keine Datensätze speichern/),
    ).toBeInTheDocument();
    // The bundled dataset stays listed and in use.
    const bundled = within(list('Mit Common Ground geliefert')).getByRole('listitem');
    expect(bundled).toHaveAttribute('aria-current', 'true');
  });

  it('keeps a copy of a dataset read from the web', async () => {
    const user = userEvent.setup();
    const url = 'https://example.org/brexit.json';
    renderDataApp(`/data?data=${encodeURIComponent(url)}`, {
      [url]: {
        ...miniDataset(),
        id: 'brexit',
        title: { en: 'Brexit talks', de: 'Brexit-Verhandlungen' },
      },
    });
    await dataPageReady();
    const web = within(list('From the web')).getByRole('listitem');
    expect(web).toHaveTextContent('Shown now, from example.org.');
    await user.click(within(web).getByRole('button', { name: 'Keep a copy in this browser' }));
    expect(
      await screen.findByText('A copy of “Brexit talks” is now kept in this browser.'),
    ).toBeInTheDocument();
    expect(within(list('My datasets')).getByRole('listitem')).toHaveTextContent(
      'copied from example.org',
    );
  });
});
