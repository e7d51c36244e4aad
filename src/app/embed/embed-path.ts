/** The views that have an embed route (`/embed/<view>`, a public contract). */
export type EmbedView = 'matrix' | 'timeline' | 'deal';

/**
 * Which embed a path asks for: `undefined` for the app's own pages, `null` for an unknown view
 * under `embed/`. `base` is the app's base path with its trailing slash (Vite's BASE_URL).
 */
export function embedViewOf(pathname: string, base: string): EmbedView | null | undefined {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.slice(1);
  const match = /^embed(?:\/([^/]*))?\/?$/.exec(path) ?? /^embed\//.exec(path);
  if (!match) return undefined;
  const view = match[1];
  return view === 'matrix' || view === 'timeline' || view === 'deal' ? view : null;
}
