/** What a reader of a view pinned to a dataset version (`version=` in the URL) should be told. */
export type PinnedVersionNote =
  /** The pinned version is shown, and the data has moved on since. */
  | { readonly kind: 'newer'; readonly current: string }
  /** The pinned version could not be found: another one is shown instead. */
  | { readonly kind: 'missing'; readonly requested: string; readonly shown: string };

/**
 * `requested` is the URL's `version`, `loaded` the version of the dataset on screen, `current`
 * the catalog's latest (unknown for external data). A live view (no `version`) needs no note.
 */
export function pinnedVersionNote(
  requested: string | undefined,
  loaded: string,
  current: string | undefined,
): PinnedVersionNote | undefined {
  if (requested === undefined) return undefined;
  if (loaded !== requested) return { kind: 'missing', requested, shown: loaded };
  if (current !== undefined && current !== loaded) return { kind: 'newer', current };
  return undefined;
}
