/** Lowercase a-z, 0-9 and single hyphens: safe in a file name on every system. */
export function slug(text: string): string {
  return text
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The base of an export's file name, without extension:
 * `common-ground-russia-ukraine-matrix-2024-12-04`. Empty parts are left out.
 */
export function exportBase(parts: readonly string[]): string {
  return ['common-ground', ...parts].map(slug).filter(Boolean).join('-');
}

/** `base` plus an extension, e.g. `fileName('…-matrix-2024-12-04', 'svg')`. */
export function fileName(base: string, ext: string): string {
  return `${base}.${ext}`;
}
