import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { routes } from '../../src/app/routes';
import { miniDataset } from '../fixtures/mini-dataset';

/** Renders the whole app at `url`, serving the mini dataset as the bundled one. */
export function renderApp(url = '/', dataset: unknown = miniDataset()) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      if (input.endsWith('datasets/index.json'))
        return Response.json({
          datasets: [{ id: 'mini', file: 'mini.json', title: { en: 'Mini' } }],
        });
      if (input.endsWith('datasets/mini.json')) return Response.json(dataset);
      return new Response('not found', { status: 404 });
    }),
  );
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  return { router, ...render(<RouterProvider router={router} />) };
}
