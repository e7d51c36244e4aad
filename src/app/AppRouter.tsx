import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { routes } from './routes';

/** The router lives under Vite's base path, so the build works under any sub-path. */
export function AppRouter() {
  const [router] = useState(() =>
    createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' }),
  );
  return <RouterProvider router={router} />;
}
