import type { RouteObject } from 'react-router';
import { ExplorePage } from './pages/ExplorePage';
import { NotFound } from './NotFound';
import { PresentShell } from './PresentShell';
import { RouteError } from './RouteError';
import { Shell } from './Shell';

/**
 * Route paths are a public contract (DESIGN "Contracts"). `/embed/*` is not here: App.tsx sends
 * those paths to the embeds before any router loads.
 */
export const routes: RouteObject[] = [
  {
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <ExplorePage />, errorElement: <RouteError /> },
      { path: 'matrix', element: <ExplorePage part="matrix" />, errorElement: <RouteError /> },
      { path: 'timeline', element: <ExplorePage part="timeline" />, errorElement: <RouteError /> },
      // Pages off the first screen load on demand, keeping the first load of `/` small.
      {
        path: 'data',
        lazy: async () => ({ Component: (await import('../views/data/DataPage')).DataPage }),
        errorElement: <RouteError />,
      },
      {
        path: 'deal',
        lazy: async () => ({ Component: (await import('./pages/DealRoute')).DealRoute }),
        errorElement: <RouteError />,
      },
      {
        path: 'about',
        lazy: async () => ({ Component: (await import('../views/about/AboutPage')).AboutPage }),
        errorElement: <RouteError />,
      },
      { path: '*', element: <NotFound /> },
    ],
  },
  {
    path: 'present',
    element: <PresentShell />,
    errorElement: <RouteError />,
    children: [
      {
        index: true,
        lazy: async () => ({
          Component: (await import('./pages/PresentRoute')).PresentRoute,
        }),
        errorElement: <RouteError />,
      },
    ],
  },
];
