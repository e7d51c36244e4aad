import { dayNumber, fromDayNumber, startDay } from '../../model/dates';
import { nextShiftDay } from '../../model/shift-days';
import type { IsoDate } from '../../model/types';

/**
 * Headless "play through time": what the "as of" date does on each animation frame. Pure and
 * deterministic — the caller passes the elapsed time, so tests need no clock.
 */
export type Speed = 'slow' | 'normal' | 'fast';

export const SPEEDS: readonly Speed[] = ['slow', 'normal', 'fast'];

/** Days of history per second of play. */
export const DAYS_PER_SECOND: Readonly<Record<Speed, number>> = {
  slow: 30,
  normal: 90,
  fast: 365,
};

/** How long play rests on a shift before it goes on, in ms. */
export const DWELL_MS: Readonly<Record<Speed, number>> = { slow: 2000, normal: 1500, fast: 1000 };

/** Longer gaps between frames (a background tab) count as this much, so play never leaps. */
export const MAX_FRAME_MS = 250;

export interface PlayState {
  readonly playing: boolean;
  readonly speed: Speed;
  /** Jump from shift to shift instead of gliding day by day (reduced motion). Default `false`. */
  readonly jump: boolean;
  /** Time still to rest on the shift just reached, ms. */
  readonly dwellMs: number;
  /** Part of a day travelled but not yet shown (0 ≤ carry < 1). */
  readonly carry: number;
}

export interface PlayBounds {
  readonly first: IsoDate;
  readonly last: IsoDate;
}

/**
 * What a frame did: `idle` (not playing), `dwell` (resting on a shift), `moved` (whole days
 * passed), `waiting` (less than a day passed), `shift` (landed on a shift; rests there next),
 * `end` (reached the last day and stopped).
 */
export type TickEvent = 'idle' | 'dwell' | 'moved' | 'waiting' | 'shift' | 'end';

export interface TickResult {
  readonly state: PlayState;
  readonly at: IsoDate;
  readonly event: TickEvent;
}

export function initialPlayState(speed: Speed = 'normal'): PlayState {
  return { playing: false, speed, jump: false, dwellMs: 0, carry: 0 };
}

/**
 * Start playing from `at`; from the last day (or outside the bounds) play starts at the first.
 * `jump` makes play hop from shift to shift (for `prefers-reduced-motion`).
 */
export function play(
  state: PlayState,
  at: IsoDate,
  bounds: PlayBounds,
  jump = false,
): { state: PlayState; at: IsoDate } {
  const day = startDay(at);
  const start = day >= bounds.last || day < bounds.first ? bounds.first : day;
  return { state: { ...state, playing: true, jump, dwellMs: 0, carry: 0 }, at: start };
}

export function pause(state: PlayState): PlayState {
  return { ...state, playing: false, dwellMs: 0, carry: 0 };
}

export function setSpeed(state: PlayState, speed: Speed): PlayState {
  return { ...state, speed, dwellMs: Math.min(state.dwellMs, DWELL_MS[speed]) };
}

/** The next (`1`) or previous (`-1`) shift day within `bounds`, or `undefined`. */
export function stepShift(
  days: readonly IsoDate[],
  at: IsoDate,
  direction: 1 | -1,
  bounds: PlayBounds,
): IsoDate | undefined {
  const day = nextShiftDay(days, at, direction);
  return day !== undefined && day >= bounds.first && day <= bounds.last ? day : undefined;
}

/** Land on `day`: rest there if it is a shift, stop if it is the last day. */
function land(state: PlayState, day: IsoDate, isShift: boolean, bounds: PlayBounds): TickResult {
  const end = day >= bounds.last;
  const next = { ...state, carry: 0, dwellMs: isShift ? DWELL_MS[state.speed] : 0 };
  return {
    state: end ? pause(next) : next,
    at: end && !isShift ? bounds.last : day,
    event: isShift ? 'shift' : 'end',
  };
}

function glide(
  state: PlayState,
  at: IsoDate,
  ms: number,
  days: readonly IsoDate[],
  bounds: PlayBounds,
) {
  const travel = state.carry + (ms * DAYS_PER_SECOND[state.speed]) / 1000;
  const whole = Math.floor(travel);
  const target = Math.min(dayNumber(at) + whole, dayNumber(bounds.last));
  const shift = stepShift(days, at, 1, bounds);
  if (shift !== undefined && dayNumber(shift) <= target) return land(state, shift, true, bounds);
  if (target >= dayNumber(bounds.last)) return land(state, bounds.last, false, bounds);
  const event: TickEvent = whole > 0 ? 'moved' : 'waiting';
  return { state: { ...state, carry: travel - whole }, at: fromDayNumber(target), event };
}

/**
 * One frame of play, `elapsedMs` after the previous one (capped at `MAX_FRAME_MS`). Gliding
 * moves `DAYS_PER_SECOND[speed]` days a second; crossing a shift day lands on it and rests for
 * `DWELL_MS[speed]` (the rest of the frame after a dwell carries on). Jumping goes straight to
 * the next shift after each dwell. Reaching `bounds.last` stops play.
 */
export function tick(
  state: PlayState,
  at: IsoDate,
  elapsedMs: number,
  days: readonly IsoDate[],
  bounds: PlayBounds,
): TickResult {
  if (!state.playing) return { state, at, event: 'idle' };
  let ms = Math.max(0, Math.min(elapsedMs, MAX_FRAME_MS));
  if (state.dwellMs > 0) {
    if (ms < state.dwellMs)
      return { state: { ...state, dwellMs: state.dwellMs - ms }, at, event: 'dwell' };
    ms -= state.dwellMs;
    state = { ...state, dwellMs: 0 };
  }
  const day = startDay(at);
  if (day >= bounds.last) return land(state, bounds.last, false, bounds);
  if (!state.jump) return glide(state, day, ms, days, bounds);
  const shift = stepShift(days, day, 1, bounds);
  return shift !== undefined
    ? land(state, shift, true, bounds)
    : land(state, bounds.last, false, bounds);
}
