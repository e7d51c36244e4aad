import type { KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { PlacedMark } from './timeline-layout';

/** Keys that move the window instead of the active statement. */
export interface WindowKeys {
  readonly zoom: (factor: number) => void;
  readonly pan: (share: number) => void;
}

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The window keys: + and − zoom, Shift with an arrow pans by a tenth of the window. */
function windowKey(e: KeyboardEvent, keys: WindowKeys): boolean {
  if (e.key === '+' || e.key === '=') keys.zoom(1.5);
  else if (e.key === '-' || e.key === '−' || e.key === '_') keys.zoom(1 / 1.5);
  else if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight'))
    keys.pan(e.key === 'ArrowLeft' ? -0.1 : 0.1);
  else return false;
  return true;
}

/**
 * One tab stop for the plot: arrows step through the statements in view in time order, Enter
 * opens one, + − zoom and Shift+arrows pan.
 */
export function TimelineKeys({
  marks,
  active,
  onActive,
  onOpen,
  describe,
  keys,
}: {
  readonly marks: readonly PlacedMark[];
  readonly active: number | undefined;
  readonly onActive: (i: number) => void;
  readonly onOpen: (mark: PlacedMark) => void;
  readonly describe: (mark: PlacedMark) => string;
  readonly keys: WindowKeys;
}) {
  const { t } = useI18n();
  const current = active === undefined ? undefined : marks[active];
  const onKeyDown = (e: KeyboardEvent) => {
    if (windowKey(e, keys)) {
      e.preventDefault();
      return;
    }
    const last = marks.length - 1;
    if (last < 0) return;
    let next: number | undefined;
    if (e.key in STEPS) next = Math.max(0, Math.min(last, (active ?? -1) + (STEPS[e.key] ?? 0)));
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = last;
    else if ((e.key === 'Enter' || e.key === ' ') && current) {
      e.preventDefault();
      onOpen(current);
      return;
    }
    if (next === undefined) return;
    e.preventDefault();
    onActive(next);
  };
  const text = current ? describe(current) : t('timeline.keysHint');
  return (
    <div
      className="timeline-keys"
      tabIndex={0}
      role="slider"
      aria-label={t('timeline.keys')}
      aria-valuemin={0}
      aria-valuemax={marks.length}
      aria-valuenow={current ? (active ?? 0) + 1 : 0}
      aria-valuetext={text}
      aria-keyshortcuts="+ - Shift+ArrowLeft Shift+ArrowRight"
      onKeyDown={onKeyDown}
    >
      {text}
    </div>
  );
}
