import { useLayoutEffect, useRef } from 'react';
import { commandFor, keyPlace, type PresentCommand } from './present-keys';

/**
 * Listens for the presentation's keys on the whole page, before any control sees them (so a
 * clicker's Page Down steps even when a matrix cell has focus). `run` returns whether it acted;
 * only then is the key kept from the browser. Keys wait while a dialog is open.
 */
export function usePresentKeys(run: (command: PresentCommand) => boolean): void {
  const latest = useRef(run);
  useLayoutEffect(() => {
    latest.current = run;
  }, [run]);
  // Before the first paint: a key pressed as soon as the step shows is not lost.
  useLayoutEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      if (document.querySelector('dialog[open]')) return;
      const command = commandFor(e, keyPlace(e.target));
      if (command === undefined || !latest.current(command)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
