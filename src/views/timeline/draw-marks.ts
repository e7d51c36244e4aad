import type { Reliability } from '../../model/types';
import type { PlacedMark } from './timeline-layout';

const RADIUS = 5;

/** Paints statement marks: filled for official, ringed fill for on-record, hollow for reported. */
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
  for (const { x, y, statement } of marks) {
    ctx.beginPath();
    ctx.arc(x, y, RADIUS, 0, Math.PI * 2);
    paint(ctx, statement.reliability, colours);
  }
}

function paint(
  ctx: CanvasRenderingContext2D,
  rel: Reliability,
  c: { mark: string; background: string },
) {
  ctx.strokeStyle = c.mark;
  ctx.fillStyle = rel === 'reported' ? c.background : c.mark;
  ctx.globalAlpha = rel === 'on-record' ? 0.75 : 1;
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.stroke();
}
