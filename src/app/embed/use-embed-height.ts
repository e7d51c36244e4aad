import { useEffect } from 'react';

/** The message an embed posts to its host page; `public/embed.js` checks this exact shape. */
export const HEIGHT_MESSAGE = 'common-ground:height';
/** embed.js accepts heights in this range only; a taller page scrolls inside its frame. */
const MAX_HEIGHT = 20_000;

/**
 * When the page is framed, tells the host page its content height whenever it changes, so the
 * host's iframe can fit it (auto-height). The height is not secret, so any host may read it.
 */
export function useEmbedHeight(): void {
  useEffect(() => {
    if (window.parent === window || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    let last = -1;
    const post = () => {
      const height = Math.min(MAX_HEIGHT, Math.ceil(root.getBoundingClientRect().height));
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(root);
    post();
    return () => observer.disconnect();
  }, []);
}
