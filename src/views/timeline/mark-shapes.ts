import type { Reliability } from '../../model/types';

/**
 * Mark shapes as polygons on a unit circle (radius 1), so the canvas and the SVG legend draw the
 * same thing. Index 0 is a disc. In party lanes the shape names the issue (cycling through
 * `ISSUE_SHAPES`); in issue lanes it names the reliability, as before.
 */
export type Shape =
  'disc' | 'square' | 'triangle' | 'diamond' | 'down' | 'star' | 'plus' | 'hexagon';

export const ISSUE_SHAPES: readonly Shape[] = [
  'disc',
  'square',
  'triangle',
  'diamond',
  'down',
  'star',
  'plus',
  'hexagon',
];

const polygon = (n: number, turn: number, r = 1): [number, number][] =>
  Array.from({ length: n }, (_, i) => {
    const a = turn + (i * 2 * Math.PI) / n;
    return [r * Math.cos(a), r * Math.sin(a)];
  });

const star = (): [number, number][] =>
  Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 ? 0.5 : 1.15;
    return [r * Math.cos(a), r * Math.sin(a)];
  });

const t = 0.36;
const PLUS: [number, number][] = [
  [-t, -1],
  [t, -1],
  [t, -t],
  [1, -t],
  [1, t],
  [t, t],
  [t, 1],
  [-t, 1],
  [-t, t],
  [-1, t],
  [-1, -t],
  [-t, -t],
];

/** Points of each shape; `undefined` for the disc. Areas are roughly equal. */
export const SHAPE_POINTS: Readonly<Record<Shape, readonly [number, number][] | undefined>> = {
  disc: undefined,
  square: polygon(4, Math.PI / 4, 1.2),
  triangle: polygon(3, -Math.PI / 2, 1.35).map(([x, y]) => [x, y + 0.2]),
  diamond: polygon(4, 0, 1.3),
  down: polygon(3, Math.PI / 2, 1.35).map(([x, y]) => [x, y - 0.2]),
  star: star(),
  plus: PLUS.map(([x, y]) => [x * 1.1, y * 1.1]),
  hexagon: polygon(6, 0, 1.1),
};

/** Shape for issue number `i` in party lanes. */
export function issueShape(i: number): Shape {
  return ISSUE_SHAPES[((i % ISSUE_SHAPES.length) + ISSUE_SHAPES.length) % ISSUE_SHAPES.length]!;
}

/** Shape for a reliability grade in issue lanes: square official, disc on-record and reported. */
export function reliabilityShape(rel: Reliability): Shape {
  return rel === 'official' ? 'square' : 'disc';
}

/** SVG `d` for a shape of radius `r` around (0, 0). */
export function shapePath(shape: Shape, r: number): string {
  const pts = SHAPE_POINTS[shape];
  if (!pts) return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
  return `M${pts.map(([x, y]) => `${(x * r).toFixed(2)},${(y * r).toFixed(2)}`).join('L')}Z`;
}

/** Traces a shape on a canvas path (the caller fills and strokes). */
export function traceShape(
  ctx: CanvasRenderingContext2D,
  shape: Shape,
  x: number,
  y: number,
  r: number,
): void {
  const pts = SHAPE_POINTS[shape];
  if (!pts) {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
    return;
  }
  ctx.moveTo(x + pts[0]![0] * r, y + pts[0]![1] * r);
  for (let i = 1; i < pts.length; i++) ctx.lineTo(x + pts[i]![0] * r, y + pts[i]![1] * r);
  // Back to the first point and on to the second, so the outline joins there: Skia's closePath
  // costs time quadratic in the number of subpaths (50,000 marks: 5 s instead of 60 ms a frame).
  ctx.lineTo(x + pts[0]![0] * r, y + pts[0]![1] * r);
  ctx.lineTo(x + pts[1]![0] * r, y + pts[1]![1] * r);
}
