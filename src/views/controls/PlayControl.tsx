import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { formatDate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';
import { shiftDays } from '../../model/shift-days';
import type { StepFilter } from '../../model/stepping';
import type { IsoDate } from '../../model/types';
import {
  initialPlayState,
  pause,
  play,
  setSpeed,
  SPEEDS,
  stepShift,
  tick,
} from './play-controller';
import type { PlayBounds, PlayState, Speed } from './play-controller';

export interface PlayControlProps {
  readonly index: DatasetIndex;
  readonly at: IsoDate;
  /** What the view shows: play rests on, and steps between, shifts of these positions only. */
  readonly filter: StepFilter;
  readonly first: IsoDate;
  readonly last: IsoDate;
  /** Called with `replace: true` while playing, `replace: false` for a step. */
  readonly onChange: (at: IsoDate, options: { replace: boolean }) => void;
}

type StatusKind = 'playing' | 'paused' | 'shift' | 'end';
interface Status {
  readonly kind: StatusKind;
  readonly at: IsoDate;
}

const STATUS_KEYS: Readonly<Record<StatusKind, MessageKey>> = {
  playing: 'play.status.playing',
  paused: 'play.status.paused',
  shift: 'play.status.shift',
  end: 'play.status.end',
};
const SPEED_KEYS: Readonly<Record<Speed, MessageKey>> = {
  slow: 'play.speed.slow',
  normal: 'play.speed.normal',
  fast: 'play.speed.fast',
};

const prefersReducedMotion = () =>
  globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** The latest value in a ref, for callbacks that outlive the render (animation frames). */
function useLatest<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  }, [value]);
  return ref;
}

/** Calls `onFrame(elapsedMs)` on each animation frame while `active`, until it returns false. */
function useFrameLoop(active: boolean, onFrame: (elapsedMs: number) => boolean) {
  const latest = useLatest(onFrame);
  useEffect(() => {
    if (!active) return;
    let frame = 0;
    let previous: number | undefined;
    const step = (now: number) => {
      const elapsed = now - (previous ?? now);
      previous = now;
      if (latest.current(elapsed)) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [active, latest]);
}

/**
 * Whose dates `at` shows: `cursor` is the date play last set, `pending` the dates sent with
 * `onChange` that have not come back as `at` yet, `seen` the last `at` looked at.
 */
interface Tracking {
  cursor: IsoDate;
  seen: IsoDate;
  pending: IsoDate[];
}

/**
 * True when `at` changed to none of our dates: someone else (the slider, the timeline, a link)
 * moved it. A parent that lags a frame behind is not mistaken for that.
 */
function movedByOthers(track: Tracking, at: IsoDate): boolean {
  if (at === track.seen) return false;
  track.seen = at;
  const i = track.pending.indexOf(at);
  if (i < 0) return true;
  track.pending.splice(0, i + 1);
  return false;
}

/** Play state, the frame loop and the controls' actions. */
function usePlayback({ index, at, filter, first, last, onChange }: PlayControlProps) {
  const days = shiftDays(index, filter);
  const bounds: PlayBounds = { first, last };
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeedChoice] = useState<Speed>('normal');
  const [status, setStatus] = useState<Status>();
  const machine = useRef<PlayState>(initialPlayState());
  const track = useRef<Tracking>({ cursor: at, seen: at, pending: [] });

  const emit = (day: IsoDate, replace: boolean) => {
    track.current.cursor = day;
    track.current.pending.push(day);
    onChange(day, { replace });
  };
  const stop = (kind: StatusKind, day: IsoDate) => {
    machine.current = pause(machine.current);
    setPlaying(false);
    setStatus({ kind, at: day });
  };
  useFrameLoop(playing, (elapsedMs) => {
    if (movedByOthers(track.current, at)) {
      stop('paused', at);
      return false;
    }
    const r = tick(machine.current, track.current.cursor, elapsedMs, days, bounds);
    machine.current = r.state;
    if (r.at !== track.current.cursor) emit(r.at, true);
    if (r.event === 'shift') setStatus({ kind: 'shift', at: r.at });
    if (r.state.playing) return true;
    stop(r.event === 'shift' ? 'shift' : 'end', r.at);
    return false;
  });

  const toggle = () => {
    if (playing) return stop('paused', track.current.cursor);
    const started = play(machine.current, at, bounds, prefersReducedMotion());
    machine.current = started.state;
    track.current = { cursor: at, seen: at, pending: [] };
    if (started.at !== at) emit(started.at, true);
    setPlaying(true);
    setStatus({ kind: 'playing', at: started.at });
  };
  const shiftStep = (direction: 1 | -1) => {
    const target = stepShift(days, playing ? track.current.cursor : at, direction, bounds);
    if (target === undefined) return;
    if (playing) stop('shift', target);
    else setStatus({ kind: 'shift', at: target });
    emit(target, false);
  };
  const chooseSpeed = (next: Speed) => {
    machine.current = setSpeed(machine.current, next);
    setSpeedChoice(next);
  };
  const canStep = (direction: 1 | -1) => stepShift(days, at, direction, bounds) !== undefined;
  // A status about another date is stale once the date has moved on without us.
  const current = status && (playing || status.at === at) ? status : undefined;
  return { playing, speed, status: current, toggle, shiftStep, chooseSpeed, canStep };
}

/**
 * "Play through time": moves the "as of" date forward (`requestAnimationFrame`), resting at each
 * shift of a visible position; with reduced motion it hops from shift to shift. Buttons step to
 * the previous or next shift; inside the toolbar K or Space plays and pauses, J and L step.
 * Play stops on unmount and when the date is moved by other means.
 */
export function PlayControl(props: PlayControlProps) {
  const { t, lang } = useI18n();
  const hintId = useId();
  const speedId = useId();
  const { playing, speed, status, toggle, shiftStep, chooseSpeed, canStep } = usePlayback(props);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const onControl =
      e.target instanceof HTMLButtonElement || e.target instanceof HTMLSelectElement;
    const key = e.key.toLowerCase();
    // Space keeps its own meaning on buttons and the select; elsewhere in the toolbar it plays.
    if (key === 'k' || (key === ' ' && !onControl)) toggle();
    else if (key === 'j') shiftStep(-1);
    else if (key === 'l') shiftStep(1);
    else return;
    e.preventDefault();
  };
  return (
    // The buttons inside are the interactive elements; the keys are shortcuts for them.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      role="group"
      aria-label={t('play.label')}
      aria-describedby={hintId}
      className="play-control"
      onKeyDown={onKeyDown}
    >
      <button type="button" onClick={() => shiftStep(-1)} disabled={!canStep(-1)}>
        {t('play.previous')}
      </button>
      <button type="button" onClick={toggle} disabled={props.first >= props.last}>
        {t(playing ? 'play.pause' : 'play.play')}
      </button>
      <button type="button" onClick={() => shiftStep(1)} disabled={!canStep(1)}>
        {t('play.next')}
      </button>
      <label htmlFor={speedId}>{t('play.speed')}</label>
      <select id={speedId} value={speed} onChange={(e) => chooseSpeed(e.target.value as Speed)}>
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {t(SPEED_KEYS[s])}
          </option>
        ))}
      </select>
      <span id={hintId} className="visually-hidden">
        {t('play.keys')}
      </span>
      <p role="status" className="play-status">
        {status && t(STATUS_KEYS[status.kind], { date: formatDate(status.at, lang) })}
      </p>
    </div>
  );
}
