/**
 * Zoomed out over many statements, single marks overlap into a smear that costs a frame per
 * pan. The timeline then counts statements per lane and time bucket and shades the buckets.
 */

/** Below this average spacing (px) between marks in a lane, marks are drawn as counts. */
export const MIN_SPACING = 10;
/** Width of a time bucket in CSS pixels. */
export const BUCKET_PX = 2;

/**
 * Most marks drawn singly: beyond this a software-rendered frame (no GPU, a cheap laptop) takes
 * longer than 16 ms, and a reader cannot tell that many marks apart anyway.
 */
export const MAX_MARKS = 2500;

/** Whether `count` marks over `laneCount` lanes of `plotWidth` px are too many to draw singly. */
export function isCrowded(count: number, laneCount: number, plotWidth: number): boolean {
  if (laneCount <= 0 || plotWidth <= 0) return false;
  return count > MAX_MARKS || count > (laneCount * plotWidth) / MIN_SPACING;
}

export interface Density {
  readonly lanes: number;
  readonly buckets: number;
  /** Row-major: `counts[lane * buckets + bucket]`. */
  readonly counts: Uint32Array;
  /** The largest count, for shading relative to what is in view. */
  readonly max: number;
}

/** Counts marks per lane and bucket of `bucketPx` between `x0` and `x1`; others are ignored. */
export function binMarks(
  marks: readonly { readonly lane: number; readonly x: number }[],
  laneCount: number,
  x0: number,
  x1: number,
  bucketPx = BUCKET_PX,
): Density {
  const buckets = Math.max(1, Math.ceil((x1 - x0) / bucketPx));
  const counts = new Uint32Array(Math.max(0, laneCount) * buckets);
  let max = 0;
  for (const m of marks) {
    if (m.lane < 0 || m.lane >= laneCount || m.x < x0 || m.x > x1) continue;
    const b = Math.min(buckets - 1, Math.floor((m.x - x0) / bucketPx));
    const k = m.lane * buckets + b;
    const c = ++counts[k]!;
    if (c > max) max = c;
  }
  return { lanes: laneCount, buckets, counts, max };
}

/**
 * Opacity of a bucket: 0 when empty, else from 0.25 up to 1 on a log scale of the largest count,
 * so a single statement stays visible next to a busy week.
 */
export function shade(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  if (max === 1) return 1;
  return 0.25 + (0.75 * Math.log(count)) / Math.log(max);
}
