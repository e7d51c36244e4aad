import type { RouteObject } from 'react-router';
import { ExplorePage } from './pages/ExplorePage';
import { DataPage } from '../views/data/DataPage';
import { AboutPage } from '../views/about/AboutPage';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';
import { Shell } from './Shell';

/** Route paths are a public contract (DESIGN "Contracts"). */
export const routes: RouteObject[] = [
  {
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <ExplorePage />, errorElement: <RouteError /> },
      { path: 'data', element: <DataPage />, errorElement: <RouteError /> },
      { path: 'about', element: <AboutPage />, errorElement: <RouteError /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];
