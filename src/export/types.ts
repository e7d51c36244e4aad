import type { SvgImage } from './svg-raster';

/** A source named in a handout: the outlet and its link. */
export interface HandoutSource {
  readonly outlet: string;
  readonly url: string;
}

/** What the printed handout shows besides the picture of the view and the link back. */
export interface HandoutContent {
  readonly title: string;
  /** The "as of" line, e.g. "Positions as of 4 December 2024. …". */
  readonly asOf: string;
  /** The plain-language summary of the view. */
  readonly summary: string;
  /** Words for the picture, for screen readers and when it cannot be shown. */
  readonly imageAlt: string;
  /** Distinct sources of the statements in the view, in the order they first appear. */
  readonly sources: readonly HandoutSource[];
}

/** Everything one view can export, built on demand from the model (never scraped from the DOM). */
export interface ExportFiles {
  /** File name without extension, e.g. `common-ground-russia-ukraine-matrix-2024-12-04`. */
  readonly base: string;
  readonly svg: SvgImage;
  /** CSV of what the view shows: one row per visible cell, or per statement in view. */
  readonly csv: string;
  readonly handout: HandoutContent;
  /** The whole dataset as JSON, built only when asked for (it can be large). */
  readonly dataset: () => { readonly text: string; readonly name: string };
}
