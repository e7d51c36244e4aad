import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { datasetStore } from '../../src/data/dataset-store';
import { miniDataset } from '../fixtures/mini-dataset';
import {
  fileInput,
  forgetStoredDatasets,
  jsonFile,
  loadPanel,
  renderDataApp,
  templateSheets,
} from './data-helpers';

afterEach(forgetStoredDatasets);

const stored = async () => {
  const list = await datasetStore.list();
  return list.ok ? list.datasets : [];
};

describe('/data: Load dataset', () => {
  it('a valid JSON file: its warnings, then "Use this dataset" keeps it and shows it', async () => {
    const user = userEvent.setup();
    const { router } = renderDataApp('/data?at=2024-06-01&parties=north');
    const panel = await loadPanel();
    const dataset = { ...miniDataset(), id: 'mine', title: { en: 'My own', de: 'Meins' } };
    await user.upload(fileInput(panel), jsonFile(dataset, 'mine.json'));

    const heading = await within(panel).findByRole('heading', {
      name: '“My own” is valid: 3 parties, 2 issues, 5 statements.',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(within(panel).getByRole('status')).toHaveTextContent('“My own” is valid');
    const warnings = within(panel).getByText('Warnings: 1');
    await user.click(warnings);
    expect(within(panel).getByRole('listitem')).toHaveTextContent(
      '$.statements[2].sources[0] The source “src-a” was published on 2022-03-01',
    );
    expect(await stored()).toEqual([]); // nothing is kept before the reader says so

    await user.click(within(panel).getByRole('button', { name: 'Use this dataset' }));
    await waitFor(() => expect(router.state.location.search).toMatch(/^\?dataset=my:mine-/));
    // The view of the old dataset (date, parties) is dropped with it.
    expect(router.state.location.search).not.toMatch(/at=|parties=/);
    const flash = await screen.findByText('Now showing “My own”.', { exact: false });
    await waitFor(() => expect(flash).toHaveFocus());
    expect(screen.getByText('Showing “My own”, version 2024-12-31.1.')).toBeInTheDocument();
    const [entry] = await stored();
    expect(entry).toMatchObject({ name: 'My own', id: 'mine', origin: 'file' });
    const mine = screen.getByRole('list', { name: 'My datasets' });
    expect(within(mine).getByRole('listitem')).toHaveAttribute('aria-current', 'true');
  });

  it('a broken JSON file: every problem with its path and how to fix it; nothing stored', async () => {
    const user = userEvent.setup();
    const { router } = renderDataApp('/data');
    const panel = await loadPanel();
    const broken = miniDataset() as unknown as { statements: Record<string, unknown>[] };
    broken.statements[0]!.date = '14.06.2024';
    broken.statements[1]!.id = 'Second Statement';
    await user.upload(fileInput(panel), jsonFile(broken, 'broken.json'));

    const heading = await within(panel).findByRole('heading', {
      name: '“broken.json” cannot be loaded: 2 problems',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    const items = within(within(panel).getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^\$\.statements\[0\]\.date .*How to fix: Write 2025-03-01/),
      expect.stringMatching(/^\$\.statements\[1\]\.id .*How to fix: Write it like “north-island”/),
    ]);
    expect(within(panel).getByText(/Nothing was loaded or stored/)).toBeInTheDocument();
    expect(await stored()).toEqual([]);
    expect(router.state.location.search).toBe('');
    // The dataset shown is untouched and still works.
    expect(screen.getByText('Showing “Mini negotiation”, version 2024-12-31.1.')).toBeVisible();
    await user.click(within(panel).getByRole('button', { name: 'Discard' }));
    expect(within(panel).queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
  });

  it('text that is not JSON says so, in German with a German hint', async () => {
    const user = userEvent.setup();
    renderDataApp('/data?lang=de');
    const panel = await loadPanel('Datensatz laden');
    const input = fileInput(panel, 'JSON-Datei oder CSV-Tabellen');
    await user.upload(input, jsonFile('{"schemaVersion": 1,', 'kaputt.json'));
    await within(panel).findByRole('heading', {
      name: '„kaputt.json“ kann nicht geladen werden: 1 Problem',
    });
    expect(within(panel).getByRole('listitem')).toHaveTextContent(
      /^Die ganze Datei .*So beheben Sie es:/,
    );
  });

  it('a CSV bundle with a mistake names the sheet, row and column', async () => {
    const user = userEvent.setup();
    renderDataApp('/data');
    const panel = await loadPanel();
    const files = templateSheets({
      'statements.csv': (text) =>
        text.replace('kor-2025-01-20-boundary,2025-01-20', 'kor-2025-01-20-boundary,20/01/2025'),
    });
    await user.upload(fileInput(panel), files);
    await within(panel).findByRole('heading', { name: '“12 files” cannot be loaded: 1 problem' });
    expect(within(panel).getByRole('listitem')).toHaveTextContent(
      /^statements\.csv, row 3, column date .*How to fix:/,
    );
    expect(await stored()).toEqual([]);
  });

  it('the template’s CSV sheets load and are kept as JSON', async () => {
    const user = userEvent.setup();
    const { router } = renderDataApp('/data');
    const panel = await loadPanel();
    await user.upload(fileInput(panel), templateSheets());
    const title = 'Template: the Coral Strait fishing dispute (fictional)';
    await within(panel).findByRole('heading', {
      name: new RegExp(`^“${title.replace(/[()]/g, '\\$&')}” is valid`),
    });
    expect(within(panel).queryByText(/^Warnings/)).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Use this dataset' }));
    await waitFor(() =>
      expect(router.state.location.search).toMatch(/dataset=my:template-coral-strait-/),
    );
    const [entry] = await stored();
    expect(entry).toMatchObject({ origin: 'csv', id: 'template-coral-strait' });
    const read = await datasetStore.read(entry!.key);
    const template = JSON.parse(readFileSync('public/templates/template.json', 'utf8'));
    expect(read.ok && JSON.parse(read.text).statements).toEqual(template.statements);
  });

  it('takes files dropped on the box, which says when they can be dropped', async () => {
    renderDataApp('/data');
    const panel = await loadPanel();
    const zone = within(panel).getByRole('group', { name: 'JSON file or CSV sheets' });
    const dataTransfer = { types: ['Files'], files: [jsonFile(miniDataset(), 'dropped.json')] };
    fireEvent.dragEnter(zone, { dataTransfer });
    expect(zone).toHaveTextContent('Drop the files to check them');
    fireEvent.drop(zone, { dataTransfer });
    expect(
      await within(panel).findByRole('heading', { name: /^“Mini negotiation” is valid/ }),
    ).toBeInTheDocument();
    expect(zone).not.toHaveTextContent('Drop the files to check them');
  });

  it('refuses a JSON file mixed with CSV sheets', async () => {
    const user = userEvent.setup();
    renderDataApp('/data');
    const panel = await loadPanel();
    await user.upload(fileInput(panel), [jsonFile({}), ...templateSheets().slice(0, 1)]);
    await within(panel).findByRole('heading', { name: '“2 files” cannot be loaded: 1 problem' });
    expect(within(panel).getByRole('listitem')).toHaveTextContent(
      'Choose either one JSON file or the CSV sheets, not both.',
    );
  });

  it('where the browser keeps nothing, says so and offers this visit only', async () => {
    const user = userEvent.setup();
    vi.spyOn(datasetStore, 'save').mockResolvedValue({
      ok: false,
      problem: 'unavailable',
      detail: 'SecurityError',
    });
    const { router } = renderDataApp('/data');
    const panel = await loadPanel();
    await user.upload(fileInput(panel), jsonFile(miniDataset(), 'mini.json'));
    await user.click(await within(panel).findByRole('button', { name: 'Use this dataset' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      /does not let Common Ground keep datasets — usually because of private browsing.*until you close or reload this tab/,
    );
    await user.click(within(panel).getByRole('button', { name: 'Use it for this visit only' }));
    await waitFor(() => expect(router.state.location.search).toMatch(/^\?dataset=my:tmp-mini-/));
    const mine = await screen.findByRole('list', { name: 'My datasets' });
    expect(within(mine).getByRole('listitem')).toHaveTextContent('for this visit only');
  });

  it('opens a web address as ?data=, and explains what an address must be', async () => {
    const user = userEvent.setup();
    const { router } = renderDataApp('/data?parties=north');
    const panel = await loadPanel();
    const field = within(panel).getByRole('textbox', { name: 'Load from a web address' });
    expect(field).toHaveAccessibleDescription(/Access-Control-Allow-Origin/);
    await user.type(field, 'http://example.org/d.json');
    await user.click(within(panel).getByRole('button', { name: 'Open' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/^Write a full address starting with https:\/\//);
    expect(router.state.location.search).toBe('?parties=north');
    await user.clear(field);
    await user.type(field, 'https://example.org/d.json{Enter}');
    await waitFor(() =>
      expect(router.state.location.search).toBe('?data=https:%2F%2Fexample.org%2Fd.json'),
    );
  });
});
