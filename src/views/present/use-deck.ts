import { useCallback, useRef, useState } from 'react';
import type { TourStep } from '../../model/types';
import type { PresentCommand } from './present-keys';
import { stepMove, type StepPlace } from './present-steps';

export type DeckDialog = 'overview' | 'help' | undefined;

export interface DeckActions {
  readonly go: (step: number) => void;
  readonly leave: () => void;
  readonly fullscreen: { readonly available: boolean; readonly active: boolean };
  readonly toggleFullscreen: () => void;
}

/**
 * The presentation's state that is not in the URL — which steps were revealed, the black screen,
 * the QR code, an open dialog — and the one `run` that every key and button goes through.
 */
export function useDeck(step: TourStep, place: StepPlace, actions: DeckActions) {
  // Per step id: going back to a revealed step shows it revealed; a reload starts concealed.
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set());
  const [blank, setBlanked] = useState(false);
  // Where focus was before the screen went black, to give it back afterwards.
  const beforeBlank = useRef<HTMLElement | null>(null);
  const setBlank = useCallback((on: boolean) => {
    if (on) {
      const active = document.activeElement;
      beforeBlank.current = active instanceof HTMLElement ? active : null;
    } else {
      const back = beforeBlank.current;
      beforeBlank.current = null;
      // After the page stops being inert, on the next frame.
      requestAnimationFrame(() => back?.isConnected && back.focus());
    }
    setBlanked(on);
  }, []);
  const [qr, setQr] = useState(false);
  const [dialog, setDialog] = useState<DeckDialog>(undefined);
  const concealed = step.question !== undefined && !revealed.has(step.id);
  const reveal = useCallback(() => setRevealed((done) => new Set(done).add(step.id)), [step.id]);

  const run = (command: PresentCommand): boolean => {
    // On a black screen any key brings the picture back (full screen still toggles).
    if (blank && command !== 'fullscreen') {
      setBlank(false);
      return true;
    }
    switch (command) {
      case 'fullscreen':
        if (!actions.fullscreen.available) return false;
        actions.toggleFullscreen();
        return true;
      case 'blank':
        setBlank(true);
        return true;
      case 'overview':
      case 'help':
        setDialog(command);
        return true;
      case 'qr':
        setQr((shown) => !shown);
        return true;
      case 'leave':
        if (actions.fullscreen.active) actions.toggleFullscreen();
        else actions.leave();
        return true;
      default: {
        const move = stepMove(command, place, concealed);
        if (move?.kind === 'reveal') reveal();
        else if (move) actions.go(move.step);
        return true;
      }
    }
  };

  return { concealed, reveal, blank, setBlank, qr, setQr, dialog, setDialog, run };
}
