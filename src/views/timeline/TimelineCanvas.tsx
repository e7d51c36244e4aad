import { useEffect, useRef } from 'react';
import { binMarks } from './density';
import { drawDensity } from './draw-density';
import { drawMarks, prepareCanvas } from './draw-marks';
import type { PlacedMark } from './timeline-layout';

const css = (style: CSSStyleDeclaration, name: string, fallback: string) =>
  style.getPropertyValue(name).trim() || fallback;

/**
 * The marks on a canvas, redrawn at most once per animation frame; colours from the CSS theme.
 * When `crowded`, counts per lane and time bucket are shaded instead of single marks.
 */
export function TimelineCanvas({
  width,
  height,
  marks,
  laneYs,
  plot,
  crowded,
  scheme,
}: {
  readonly width: number;
  readonly height: number;
  readonly marks: readonly PlacedMark[];
  readonly laneYs: readonly number[];
  readonly plot: { readonly x0: number; readonly x1: number };
  readonly crowded: boolean;
  readonly scheme: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { x0, x1 } = plot;
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const el = canvas.current;
      const ctx = el && prepareCanvas(el, width, height);
      if (!el || !ctx) return;
      const style = getComputedStyle(el);
      const mark = css(style, '--mark', '#1f5f8b');
      if (crowded) {
        drawDensity(ctx, binMarks(marks, laneYs.length, x0, x1), laneYs, x0, x1, mark);
        return;
      }
      drawMarks(ctx, marks, {
        mark,
        background: css(style, '--bg', '#fff'),
        emphasis: css(style, '--fg', '#1b1f24'),
        hardened: css(style, '--rejected', '#b3261e'),
        softened: css(style, '--accepted', '#1f5f8b'),
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [width, height, marks, laneYs, x0, x1, crowded, scheme]);
  return <canvas ref={canvas} style={{ width, height }} aria-hidden="true" />;
}
