import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { vi } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import type { Lang } from '../../src/i18n/i18n';
import { I18nContext, makeI18n } from '../../src/i18n/use-i18n';
import { buildIndex } from '../../src/model/dataset-index';
import type { IsoDate } from '../../src/model/types';
import { PlayControl } from '../../src/views/controls/PlayControl';
import { miniDataset } from '../fixtures/mini-dataset';

// Mini dataset, everything shown: shifts on 2022-03-01, 2024-06-14 and 2024-11-20.
const result = validateDataset(miniDataset());
if (!result.ok) throw new Error('fixture invalid');
const index = buildIndex(result.dataset);
const d = (s: string) => s as IsoDate;
const filter = {
  parties: new Set(['north', 'south', 'league']),
  issues: new Set(['border', 'alliance']),
  minReliability: 'reported' as const,
};

/** A stand-in for the page: owns `at`, and has another way to move it. */
function Page({ start, onChange }: { start: string; onChange: (at: IsoDate, o: object) => void }) {
  const [at, setAt] = useState(d(start));
  return (
    <>
      <PlayControl
        index={index}
        at={at}
        filter={filter}
        first={d('2022-03-01')}
        last={d('2024-12-31')}
        onChange={(next, options) => {
          onChange(next, options);
          setAt(next);
        }}
      />
      <output aria-label="As of">{at}</output>
      <button type="button" onClick={() => setAt(d('2023-01-01'))}>
        Move the date elsewhere
      </button>
    </>
  );
}

let frames = new Map<number, FrameRequestCallback>();
let lastId = 0;
let clock = 0;

/** Run animation frames every `step` ms for `ms` ms. */
function advance(ms: number, step = 16) {
  for (let t = 0; t < ms; t += step) {
    clock += step;
    const due = [...frames.values()];
    frames = new Map();
    act(() => due.forEach((callback) => callback(clock)));
  }
}

function setup(start: string, { lang = 'en' as Lang, reducedMotion = false } = {}) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reducedMotion && query.includes('reduce'),
  }));
  const onChange = vi.fn();
  const view = render(
    <I18nContext.Provider value={makeI18n(lang)}>
      <Page start={start} onChange={onChange} />
    </I18nContext.Provider>,
  );
  return { onChange, ...view };
}

const shownDate = () => screen.getByRole('status', { name: 'As of' }).textContent;
const button = (name: string) => screen.getByRole('button', { name });

beforeEach(() => {
  frames = new Map();
  clock = 1000;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(++lastId, callback);
    return lastId;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});
afterEach(() => vi.unstubAllGlobals());

describe('PlayControl', () => {
  it('is a labelled group of buttons and a speed choice', () => {
    setup('2024-01-01');
    expect(screen.getByRole('group', { name: 'Play through time' })).toHaveAccessibleDescription(
      /K to play or pause/,
    );
    expect(button('Play')).toBeEnabled();
    expect(button('Previous shift')).toBeEnabled();
    expect(button('Next shift')).toBeEnabled();
    expect(screen.getByRole('combobox', { name: 'Speed' })).toHaveValue('normal');
  });

  it('plays forward day by day and rests at the next shift', () => {
    const { onChange } = setup('2024-01-01');
    fireEvent.click(button('Play'));
    expect(button('Pause')).toBeInTheDocument();
    advance(500);
    expect(shownDate()! > '2024-01-01').toBe(true);
    expect(shownDate()! < '2024-06-14').toBe(true);
    expect(onChange).toHaveBeenLastCalledWith(shownDate(), { replace: true });
    advance(1500); // 165 days at 90 days a second: there after about 1.8 s
    expect(shownDate()).toBe('2024-06-14');
    expect(screen.getByText('Paused at a shift: 14 June 2024')).toBeInTheDocument();
    advance(1000); // still resting
    expect(shownDate()).toBe('2024-06-14');
    advance(1000); // and on again
    expect(shownDate()! > '2024-06-14').toBe(true);
    expect(button('Pause')).toBeInTheDocument();
  });

  it('stops on the last day', () => {
    setup('2024-11-21');
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), {
      target: { value: 'fast' },
    });
    fireEvent.click(button('Play'));
    advance(1000);
    expect(shownDate()).toBe('2024-12-31');
    expect(button('Play')).toBeInTheDocument();
    expect(screen.getByText('Reached the end: 31 December 2024')).toBeInTheDocument();
  });

  it('jumps to the next and previous shift', () => {
    const { onChange } = setup('2023-01-01');
    fireEvent.click(button('Next shift'));
    expect(onChange).toHaveBeenLastCalledWith('2024-06-14', { replace: false });
    expect(shownDate()).toBe('2024-06-14');
    fireEvent.click(button('Previous shift'));
    expect(shownDate()).toBe('2022-03-01');
    expect(button('Previous shift')).toBeDisabled();
  });

  it('pauses on Pause', () => {
    const { onChange } = setup('2023-01-01');
    fireEvent.click(button('Play'));
    advance(200);
    fireEvent.click(button('Pause'));
    const stopped = shownDate();
    const calls = onChange.mock.calls.length;
    advance(1000);
    expect(shownDate()).toBe(stopped);
    expect(onChange).toHaveBeenCalledTimes(calls);
    expect(button('Play')).toBeInTheDocument();
    expect(frames.size).toBe(0);
  });

  it('pauses when the date is moved by other means', () => {
    setup('2024-01-01');
    fireEvent.click(button('Play'));
    advance(200);
    fireEvent.click(button('Move the date elsewhere'));
    advance(500);
    expect(shownDate()).toBe('2023-01-01');
    expect(button('Play')).toBeInTheDocument();
    expect(screen.getByText('Paused at 1 January 2023')).toBeInTheDocument();
  });

  it('stops when it unmounts', () => {
    const { onChange, unmount } = setup('2024-01-01');
    fireEvent.click(button('Play'));
    advance(100);
    unmount();
    const calls = onChange.mock.calls.length;
    advance(500);
    expect(onChange).toHaveBeenCalledTimes(calls);
    expect(frames.size).toBe(0);
  });

  it('answers K, J and L inside the toolbar', () => {
    setup('2023-01-01');
    const play = button('Play');
    play.focus();
    fireEvent.keyDown(play, { key: 'l' });
    expect(shownDate()).toBe('2024-06-14');
    fireEvent.keyDown(play, { key: 'j' });
    expect(shownDate()).toBe('2022-03-01');
    fireEvent.keyDown(play, { key: 'K' });
    expect(button('Pause')).toBeInTheDocument();
    fireEvent.keyDown(button('Pause'), { key: 'k' });
    expect(button('Play')).toBeInTheDocument();
  });

  it('hops from shift to shift when motion is reduced', () => {
    setup('2022-06-01', { reducedMotion: true });
    fireEvent.click(button('Play'));
    advance(16);
    expect(shownDate()).toBe('2024-06-14');
    advance(1000);
    expect(shownDate()).toBe('2024-06-14');
    advance(600);
    expect(shownDate()).toBe('2024-11-20');
  });

  it('speaks German', () => {
    setup('2023-01-01', { lang: 'de' });
    expect(screen.getByRole('group', { name: 'Zeitraffer' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Nächste Änderung' }));
    expect(screen.getByText('Halt bei einer Änderung: 14. Juni 2024')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Abspielen' })).toBeInTheDocument();
  });
});
