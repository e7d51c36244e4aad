import type { Reliability } from '../../model/types';
import { ISSUE_SHAPES, traceShape } from './mark-shapes';
import type { PlacedMark } from './timeline-layout';

const RADIUS = 4.5;
/** Shifts (anything but a restatement) are drawn larger, with a ring and ▲/▼ for hardened/softened. */
const SHIFT_RADIUS = 6.5;

export interface MarkColours {
  readonly mark: string;
  readonly background: string;
  readonly emphasis: string;
  readonly hardened: string;
  readonly softened: string;
}

/** Fill by grade: official solid, on-record half-tone, reported hollow; every mark is outlined. */
const GRADES: readonly { rel: Reliability; fill: (c: MarkColours) => string; alpha: number }[] = [
  { rel: 'reported', fill: (c) => c.background, alpha: 1 },
  { rel: 'on-record', fill: (c) => c.mark, alpha: 0.45 },
  { rel: 'official', fill: (c) => c.mark, alpha: 1 },
];

const SHIFT_INDEX: Record<PlacedMark['shift'], number> = {
  restated: 0,
  new: 1,
  hardened: 2,
  softened: 3,
  changed: 4,
  dropped: 5,
};
const GRADE_INDEX: Record<Reliability, number> = { reported: 0, 'on-record': 1, official: 2 };

/** Sizes the canvas backing store only when the size changes (resizing clears and is costly). */
export function prepareCanvas(canvas: HTMLCanvasElement, width: number, height: number) {
  const ratio = globalThis.devicePixelRatio || 1;
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}

/**
 * Marks that would paint the same pixel column of the same lane with the same look are drawn
 * once: zoomed out over 50,000 statements this bounds the work by pixels, not statements.
 */
function visible(marks: readonly PlacedMark[]): PlacedMark[] {
  const seen = new Map<number, number>();
  const out: PlacedMark[] = [];
  for (const m of marks) {
    const key = m.lane * 100_000 + Math.round(m.x);
    const look =
      (ISSUE_SHAPES.indexOf(m.shape) * 4 + GRADE_INDEX[m.statement.reliability]) * 8 +
      SHIFT_INDEX[m.shift];
    // Keyed by look too, so each lane pixel column draws each distinct look once.
    const k = key * 256 + look;
    if (seen.has(k)) continue;
    seen.set(k, look);
    out.push(m);
  }
  return out;
}

function drawGlyphs(ctx: CanvasRenderingContext2D, marks: readonly PlacedMark[], c: MarkColours) {
  ctx.beginPath();
  for (const m of marks) {
    if (m.shift === 'restated') continue;
    ctx.moveTo(m.x + SHIFT_RADIUS + 2.5, m.y);
    ctx.arc(m.x, m.y, SHIFT_RADIUS + 2.5, 0, Math.PI * 2);
  }
  ctx.strokeStyle = c.emphasis;
  ctx.lineWidth = 1;
  ctx.stroke();
  for (const [shift, colour, dir] of [
    ['hardened', c.hardened, -1],
    ['softened', c.softened, 1],
  ] as const) {
    ctx.beginPath();
    for (const m of marks) {
      if (m.shift !== shift) continue;
      const tip = m.y + dir * (SHIFT_RADIUS + 9);
      const base = m.y + dir * (SHIFT_RADIUS + 4);
      ctx.moveTo(m.x, tip);
      ctx.lineTo(m.x - 3.5, base);
      ctx.lineTo(m.x + 3.5, base);
      ctx.lineTo(m.x, tip);
    }
    ctx.fillStyle = colour;
    ctx.fill();
  }
}

/** Paints statement marks: shape from `mark.shape`, fill from the grade, shifts emphasised. */
export function drawMarks(
  ctx: CanvasRenderingContext2D,
  marks: readonly PlacedMark[],
  colours: MarkColours,
): void {
  const shown = visible(marks);
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = colours.mark;
  // One path per grade: a few fills and strokes instead of one per mark.
  for (const grade of GRADES) {
    ctx.beginPath();
    for (const m of shown) {
      if (m.statement.reliability !== grade.rel) continue;
      traceShape(ctx, m.shape, m.x, m.y, m.shift === 'restated' ? RADIUS : SHIFT_RADIUS);
    }
    ctx.globalAlpha = grade.alpha;
    ctx.fillStyle = grade.fill(colours);
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.stroke();
  }
  drawGlyphs(ctx, shown, colours);
}
