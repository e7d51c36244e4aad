import { useCallback, useSyncExternalStore } from 'react';

/** Whether this browser can show the page full screen (iPhones, some embeds cannot). */
export function canFullscreen(): boolean {
  return (
    typeof document !== 'undefined' &&
    document.fullscreenEnabled === true &&
    typeof document.documentElement.requestFullscreen === 'function'
  );
}

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

const isFullscreen = () => document.fullscreenElement != null;

export interface Fullscreen {
  readonly available: boolean;
  readonly active: boolean;
  /** Enters or leaves full screen; resolves `false` when the browser refused. */
  readonly toggle: () => Promise<boolean>;
}

/** The Fullscreen API, feature-detected, with the current state kept in step with the browser. */
export function useFullscreen(): Fullscreen {
  const active = useSyncExternalStore(subscribe, isFullscreen, () => false);
  const toggle = useCallback(async () => {
    if (!canFullscreen()) return false;
    try {
      if (isFullscreen()) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
      return true;
    } catch {
      return false; // refused: no user gesture, or a policy of the page or the browser
    }
  }, []);
  return { available: canFullscreen(), active, toggle };
}
