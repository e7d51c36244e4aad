import { startTransition, useCallback, useEffect, useState } from 'react';

/**
 * The width of the element `ref` is given to, `undefined` until first measured. A
 * ResizeObserver reports it right after the browser's layout, so reading it forces no extra
 * layout (measuring during a commit would lay the whole page out in the middle of it), and the
 * view is drawn once, at its real width, in a render of its own that can yield to input. Without
 * ResizeObserver (jsdom) it is measured once; a width of 0 (no layout) reads as `fallback`.
 */
export function useParentWidth<T extends HTMLElement>(fallback = 800) {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState<number | undefined>(undefined);
  const ref = useCallback((node: T | null) => setElement(node), []);
  useEffect(() => {
    if (!element) return;
    const measure = () => {
      const measured = Math.max(0, Math.floor(element.getBoundingClientRect().width)) || fallback;
      startTransition(() => setWidth(measured));
    };
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return;
    }
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, fallback]);
  return { ref, width };
}
