import { shade, type Density } from './density';

/** The band each lane's counts fill, in CSS pixels (the lane is 28 px). */
const BAND = 16;

/** `#rrggbb` or `rgb()` as the canvas understands it → [r, g, b]. */
function rgbOf(ctx: CanvasRenderingContext2D, colour: string): [number, number, number] {
  ctx.fillStyle = '#000';
  ctx.fillStyle = colour;
  const v = ctx.fillStyle;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(v);
  if (hex) return [1, 2, 3].map((i) => parseInt(hex[i]!, 16)) as [number, number, number];
  const rgb = /(\d+),\s*(\d+),\s*(\d+)/.exec(v);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : [0, 0, 0];
}

let scratch: HTMLCanvasElement | undefined;

/**
 * Paints the counts as one image row per lane (a pixel per bucket), stretched over the lane's
 * band: a few dozen image draws, whatever the number of statements.
 */
export function drawDensity(
  ctx: CanvasRenderingContext2D,
  density: Density,
  laneYs: readonly number[],
  x0: number,
  x1: number,
  colour: string,
): void {
  const { lanes, buckets, counts, max } = density;
  if (lanes === 0 || max === 0) return;
  scratch ??= document.createElement('canvas');
  scratch.width = buckets;
  scratch.height = lanes;
  const sctx = scratch.getContext('2d');
  if (!sctx) return;
  const [r, g, b] = rgbOf(ctx, colour);
  const image = sctx.createImageData(buckets, lanes);
  for (let k = 0; k < counts.length; k++) {
    const a = shade(counts[k]!, max);
    if (a === 0) continue;
    image.data.set([r, g, b, Math.round(a * 255)], k * 4);
  }
  sctx.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = false;
  for (let lane = 0; lane < lanes; lane++) {
    const y = laneYs[lane];
    if (y === undefined) continue;
    ctx.drawImage(scratch, 0, lane, buckets, 1, x0, y - BAND / 2, x1 - x0, BAND);
  }
  ctx.imageSmoothingEnabled = true;
}
