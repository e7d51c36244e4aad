import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect, vi } from 'vitest';
import { datasetStore } from '../../src/data/dataset-store';
import { routes } from '../../src/app/routes';
import { miniDataset } from '../fixtures/mini-dataset';

/**
 * The app at `url` with the mini dataset bundled, IndexedDB from fake-indexeddb (empty for each
 * test: see `forgetStoredDatasets`), and object URLs that fetch can read, as in a browser.
 */
export function renderDataApp(url: string, web: Readonly<Record<string, unknown>> = {}) {
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const href = `blob:test/${blobs.size + 1}`;
    blobs.set(href, blob as Blob);
    return href;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const blob = blobs.get(input);
      if (blob) return new Response(await blobText(blob));
      if (input.endsWith('datasets/index.json'))
        return Response.json({
          datasets: [
            { id: 'mini', file: 'mini.json', title: { en: 'Mini' }, version: '2024-12-31.1' },
          ],
        });
      if (input.endsWith('datasets/mini.json')) return Response.json(miniDataset());
      if (Object.hasOwn(web, input)) return Response.json(web[input]);
      return new Response('not found', { status: 404 });
    }),
  );
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  return { router, ...render(<RouterProvider router={router} />) };
}

/** jsdom's Blob has no `text()`. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

export async function forgetStoredDatasets(): Promise<void> {
  const list = await datasetStore.list();
  if (list.ok) for (const d of list.datasets) await datasetStore.delete(d.key);
}

export const jsonFile = (value: unknown, name = 'dataset.json') =>
  new File([typeof value === 'string' ? value : JSON.stringify(value)], name, {
    type: 'application/json',
  });

/** The template's CSV sheets, as a teacher would choose them; `edit` changes one file's text. */
export function templateSheets(edit: Record<string, (text: string) => string> = {}): File[] {
  const names = ['dataset', 'parties', 'speakers', 'issues', 'outcomes', 'statements', 'sources'];
  const more = ['events', 'plans', 'plan_terms', 'tour', 'changelog'];
  return [...names, ...more].map((sheet) => {
    const name = `${sheet}.csv`;
    const text = readFileSync(`public/templates/csv/${name}`, 'utf8');
    return new File([edit[name]?.(text) ?? text], name, { type: 'text/csv' });
  });
}

/** The Data page, once the lists of datasets have been read. */
export async function dataPageReady(): Promise<void> {
  await screen.findByRole('heading', { name: /^(My datasets|Meine Datensätze)$/ });
  await waitFor(() => {
    expect(screen.queryByText(/^(Reading the datasets|Die in diesem Browser)/)).toBeNull();
    const bundled = screen.getByRole('list', { name: /^(Bundled|Mit Common Ground)/ });
    expect(bundled).not.toBeEmptyDOMElement();
  });
}

export async function loadPanel(name = 'Load dataset'): Promise<HTMLElement> {
  await dataPageReady();
  return screen.getByRole('region', { name });
}

export const fileInput = (panel: HTMLElement, label = 'JSON file or CSV sheets') =>
  within(panel).getByLabelText(label, { selector: 'input' });
