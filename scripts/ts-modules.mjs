// Loads the app's TypeScript modules from Node scripts through Vite's SSR loader (no tsx needed).
import { createServer } from 'vite';

/** Imports each path (e.g. '/src/data/validate.ts') from `root`; closes the loader when done. */
export async function loadTsModules(root, paths) {
  const vite = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    return await Promise.all(paths.map((path) => vite.ssrLoadModule(path)));
  } finally {
    await vite.close();
  }
}
