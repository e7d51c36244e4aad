import { useEffect, useRef } from 'react';
import { drawMarks } from './draw-marks';
import type { PlacedMark } from './timeline-layout';

const css = (style: CSSStyleDeclaration, name: string, fallback: string) =>
  style.getPropertyValue(name).trim() || fallback;

/** The marks on a canvas, redrawn at most once per animation frame; colours from the CSS theme. */
export function TimelineCanvas({
  width,
  height,
  marks,
  scheme,
}: {
  readonly width: number;
  readonly height: number;
  readonly marks: readonly PlacedMark[];
  readonly scheme: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const el = canvas.current;
      if (!el) return;
      const style = getComputedStyle(el);
      drawMarks(el, width, height, marks, {
        mark: css(style, '--mark', '#1f5f8b'),
        background: css(style, '--bg', '#fff'),
        emphasis: css(style, '--fg', '#1b1f24'),
        hardened: css(style, '--rejected', '#b3261e'),
        softened: css(style, '--accepted', '#1f5f8b'),
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [width, height, marks, scheme]);
  return <canvas ref={canvas} style={{ width, height }} aria-hidden="true" />;
}
