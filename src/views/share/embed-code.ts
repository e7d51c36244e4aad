import { isHttpUrl, isVersion, parseQuery, serializeQuery } from '../../state/url-codec';
import type { Theme } from '../../state/view-state';

/** The views with an embed route, `/embed/<view>` (docs/EMBEDDING.md). */
export type EmbedKind = 'matrix' | 'timeline' | 'deal';

export interface EmbedChoice {
  /** The page being shared, e.g. `window.location.href`: its query is the view. */
  readonly href: string;
  /** The app's base path or URL with its trailing slash (Vite's `BASE_URL`, e.g. `/cg/`). */
  readonly base: string;
  readonly view: EmbedKind;
  /** A dataset version to pin ("frozen"); `undefined` follows the current data ("live"). */
  readonly frozenVersion?: string | undefined;
  readonly theme: Theme;
  /** What a screen reader announces for the frame. */
  readonly title: string;
}

export interface EmbedCode {
  /** The frame's absolute address. */
  readonly url: string;
  /** The height in px the snippet gives the frame until `embed.js` fits it to its content. */
  readonly height: number;
  /** The HTML to paste: the iframe and the auto-height script. */
  readonly code: string;
}

/** What readers see before `embed.js` runs: roughly a matrix of a few rows, or a timeline. */
export const EMBED_HEIGHT: Readonly<Record<EmbedKind, number>> = {
  matrix: 640,
  timeline: 560,
  deal: 720,
};

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
};

/** A value safe inside a double-quoted HTML attribute. */
export const escapeAttribute = (value: string): string =>
  value.replace(/[&"<>]/g, (c) => ESCAPES[c] ?? c);

/** The app's absolute base URL, or `undefined` unless it is http(s). */
function appBase(href: string, base: string): URL | undefined {
  if (!isHttpUrl(href)) return undefined;
  const url = new URL(base.endsWith('/') ? base : `${base}/`, href);
  return isHttpUrl(url.href) ? url : undefined;
}

/**
 * The frame's address: the app's `embed/<view>` with the page's view state, `version` set for a
 * frozen embed and removed for a live one, and `theme` set unless automatic.
 */
export function embedUrl(choice: EmbedChoice): string | undefined {
  const base = appBase(choice.href, choice.base);
  if (!base) return undefined;
  const { state } = parseQuery(new URL(choice.href).search);
  const version =
    choice.frozenVersion !== undefined && isVersion(choice.frozenVersion)
      ? choice.frozenVersion
      : undefined;
  const query = serializeQuery({
    ...state,
    version,
    theme: choice.theme === 'auto' ? undefined : choice.theme,
  });
  const url = new URL(`embed/${choice.view}`, base);
  return query ? `${url.href}?${query}` : url.href;
}

/** The snippet to paste into an article, or `undefined` when the page is not on http(s). */
export function embedCode(choice: EmbedChoice): EmbedCode | undefined {
  const url = embedUrl(choice);
  const base = appBase(choice.href, choice.base);
  if (!url || !base) return undefined;
  const height = EMBED_HEIGHT[choice.view];
  const script = new URL('embed.js', base).href;
  const code =
    `<iframe data-common-ground src="${escapeAttribute(url)}" ` +
    `title="${escapeAttribute(choice.title)}" ` +
    `style="width:100%;height:${height}px;border:0" loading="lazy"></iframe>\n` +
    `<script src="${escapeAttribute(script)}" async></script>`;
  return { url, height, code };
}
