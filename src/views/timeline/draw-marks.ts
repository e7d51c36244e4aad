import type { Reliability } from '../../model/types';
import type { PlacedMark } from './timeline-layout';

const RADIUS = 5;

/** Paints statement marks on the canvas (see `traceMark` for the shapes). */
export function drawMarks(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  marks: readonly PlacedMark[],
  colours: { mark: string; background: string },
): void {
  const ratio = globalThis.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = colours.mark;
  for (const { x, y, statement } of marks) {
    ctx.beginPath();
    traceMark(ctx, x, y, statement.reliability);
    ctx.fillStyle = statement.reliability === 'reported' ? colours.background : colours.mark;
    ctx.fill();
    ctx.stroke();
  }
}

/** Shape carries the grade: a square for official, a disc for on-record, a ring for reported. */
function traceMark(ctx: CanvasRenderingContext2D, x: number, y: number, rel: Reliability) {
  if (rel === 'official')
    ctx.rect(x - RADIUS + 0.5, y - RADIUS + 0.5, 2 * RADIUS - 1, 2 * RADIUS - 1);
  else ctx.arc(x, y, RADIUS, 0, Math.PI * 2);
}
