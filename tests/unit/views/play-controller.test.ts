import {
  DWELL_MS,
  initialPlayState,
  MAX_FRAME_MS,
  pause,
  play,
  setSpeed,
  stepShift,
  tick,
} from '../../../src/views/controls/play-controller';
import type { PlayState, TickResult } from '../../../src/views/controls/play-controller';
import type { IsoDate } from '../../../src/model/types';

const day = (s: string) => s as IsoDate;
const bounds = { first: day('2024-01-01'), last: day('2024-12-31') };
const days = [day('2024-01-20'), day('2024-03-01'), day('2024-06-14')];

function playing(overrides: Partial<PlayState> = {}): PlayState {
  return { ...initialPlayState('normal'), playing: true, ...overrides };
}

/** Run frames of `ms` each until `until` holds or `max` frames pass. */
function run(state: PlayState, at: IsoDate, ms: number, until: (r: TickResult) => boolean) {
  let r: TickResult = { state, at, event: 'idle' };
  for (let i = 0; i < 10_000; i++) {
    r = tick(r.state, r.at, ms, days, bounds);
    if (until(r)) return { ...r, frames: i + 1 };
  }
  throw new Error('never happened');
}

describe('tick', () => {
  it('does nothing while paused', () => {
    const state = initialPlayState();
    expect(tick(state, day('2024-01-05'), 1000, days, bounds)).toEqual({
      state,
      at: '2024-01-05',
      event: 'idle',
    });
  });

  it('glides DAYS_PER_SECOND days a second, carrying parts of a day between frames', () => {
    // normal = 90 days/s: 100 ms = 9 days.
    expect(tick(playing(), day('2024-01-01'), 100, days, bounds)).toMatchObject({
      at: '2024-01-10',
      event: 'moved',
    });
    // 5 ms = 0.45 days: nothing to show yet, but remembered.
    const a = tick(playing(), day('2024-01-01'), 5, days, bounds);
    expect(a).toMatchObject({ at: '2024-01-01', event: 'waiting' });
    expect(a.state.carry).toBeCloseTo(0.45);
    expect(tick(a.state, a.at, 10, days, bounds)).toMatchObject({ at: '2024-01-02' });
    expect(tick(playing({ speed: 'slow' }), day('2024-01-01'), 100, days, bounds).at).toBe(
      '2024-01-04',
    );
  });

  it('lands on a shift it would cross and rests there, then goes on', () => {
    const landed = tick(playing(), day('2024-01-15'), 200, days, bounds);
    expect(landed).toMatchObject({ at: '2024-01-20', event: 'shift' });
    expect(landed.state).toMatchObject({ playing: true, dwellMs: DWELL_MS.normal, carry: 0 });
    const resting = tick(landed.state, landed.at, 200, days, bounds);
    expect(resting).toMatchObject({ at: '2024-01-20', event: 'dwell' });
    expect(resting.state.dwellMs).toBe(DWELL_MS.normal - 200);
    // The frame that ends the dwell spends what is left of it moving on: 100 ms = 9 days.
    const goes = tick({ ...resting.state, dwellMs: 100 }, resting.at, 200, days, bounds);
    expect(goes).toMatchObject({ at: '2024-01-29', event: 'moved' });
  });

  it('does not rest again on the shift it starts from', () => {
    expect(tick(playing(), day('2024-01-20'), 100, days, bounds).event).toBe('moved');
  });

  it('caps a long gap between frames', () => {
    const r = tick(playing(), day('2024-03-02'), 60_000, days, bounds);
    expect(r.at).toBe('2024-03-24'); // 250 ms × 90 days/s = 22.5 days
    expect(MAX_FRAME_MS).toBe(250);
  });

  it('stops on the last day', () => {
    const r = run(playing({ speed: 'fast' }), day('2024-06-14'), 100, (x) => x.event === 'end');
    expect(r).toMatchObject({ at: '2024-12-31', event: 'end' });
    expect(r.state.playing).toBe(false);
  });

  it('stops on a shift that falls on the last day, announcing it as a shift', () => {
    const endDays = [day('2024-12-31')];
    const r = tick(playing(), day('2024-12-29'), 100, endDays, bounds);
    expect(r).toMatchObject({ at: '2024-12-31', event: 'shift' });
    expect(r.state.playing).toBe(false);
  });

  it('jumps from shift to shift with reduced motion', () => {
    const a = tick(playing({ jump: true }), day('2024-01-01'), 16, days, bounds);
    expect(a).toMatchObject({ at: '2024-01-20', event: 'shift' });
    const b = tick({ ...a.state, dwellMs: 10 }, a.at, 9, days, bounds);
    expect(b).toMatchObject({ at: '2024-01-20', event: 'dwell' });
    expect(tick(b.state, b.at, 1, days, bounds)).toMatchObject({ at: '2024-03-01' });
    // Resting takes DWELL_MS.normal in frames of at most MAX_FRAME_MS.
    const frames = Math.ceil(DWELL_MS.normal / MAX_FRAME_MS);
    expect(run(a.state, a.at, MAX_FRAME_MS, (r) => r.event !== 'dwell').frames).toBe(frames);
    const end = tick(playing({ jump: true }), day('2024-06-14'), 16, days, bounds);
    expect(end).toMatchObject({ at: '2024-12-31', event: 'end' });
  });

  it('is deterministic: the same frames give the same days', () => {
    const once = run(playing(), day('2024-01-01'), 16, (r) => r.at === '2024-06-14');
    const twice = run(playing(), day('2024-01-01'), 16, (r) => r.at === '2024-06-14');
    expect(once).toEqual(twice);
    expect(once.event).toBe('shift');
  });
});

describe('play, pause, setSpeed', () => {
  it('starts where it is, or over from the first day at the end', () => {
    expect(play(initialPlayState(), day('2024-05-05'), bounds)).toEqual({
      state: { ...initialPlayState(), playing: true },
      at: '2024-05-05',
    });
    expect(play(initialPlayState(), day('2024-12-31'), bounds).at).toBe('2024-01-01');
    expect(play(initialPlayState(), day('2023-12-31'), bounds).at).toBe('2024-01-01');
    expect(play(initialPlayState(), day('2024-05'), bounds, true)).toMatchObject({
      at: '2024-05-01',
      state: { jump: true },
    });
  });

  it('pauses and forgets any rest, and keeps a rest no longer than the new speed’s', () => {
    expect(pause(playing({ dwellMs: 500, carry: 0.5 }))).toEqual(initialPlayState());
    expect(setSpeed(playing({ dwellMs: 1400 }), 'fast')).toMatchObject({
      speed: 'fast',
      dwellMs: DWELL_MS.fast,
    });
  });
});

describe('stepShift', () => {
  it('goes to the next or previous shift within the bounds', () => {
    expect(stepShift(days, day('2024-01-20'), 1, bounds)).toBe('2024-03-01');
    expect(stepShift(days, day('2024-01-20'), -1, bounds)).toBeUndefined();
    expect(stepShift(days, day('2024-07-01'), -1, bounds)).toBe('2024-06-14');
    expect(stepShift(days, day('2024-07-01'), 1, bounds)).toBeUndefined();
    const narrow = { first: day('2024-02-01'), last: day('2024-05-31') };
    expect(stepShift(days, day('2024-03-01'), -1, narrow)).toBeUndefined();
    expect(stepShift(days, day('2024-03-01'), 1, narrow)).toBeUndefined();
  });
});
