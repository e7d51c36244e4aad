import { renderHook } from '@testing-library/react';
import type { IsoDate } from '../../../src/model/types';
import { createAppStore } from '../../../src/state/store';
import { parseQuery } from '../../../src/state/url-codec';
import { SCRUB_DELAY_MS, useUrlSync } from '../../../src/state/use-url-sync';

const day = (iso: string) => iso as IsoDate;

/** The hook under a router that re-renders only when the test says so, like a busy page. */
function setup(search: string) {
  const store = createAppStore(parseQuery(search).state);
  const navigate = vi.fn();
  const hook = renderHook(({ url }) => useUrlSync(store, { search: url, navigate }), {
    initialProps: { url: search },
  });
  return { store, navigate, routerShows: (url: string) => hook.rerender({ url }) };
}

describe('useUrlSync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes a scrubbed date once the hand rests', () => {
    const { store, navigate } = setup('?at=2024-07-25');
    store.getState().update({ at: day('2024-07-24') }, { replace: true });
    store.getState().update({ at: day('2024-07-23') }, { replace: true });
    expect(navigate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SCRUB_DELAY_MS);
    expect(navigate).toHaveBeenCalledExactlyOnceWith('?at=2024-07-23', { replace: true });
  });

  it('keeps a step taken while its previous step is on its way to the address bar', () => {
    const { store, navigate, routerShows } = setup('?at=2024-07-25');
    store.getState().update({ at: day('2024-02-15') }, { replace: true });
    vi.advanceTimersByTime(SCRUB_DELAY_MS);
    expect(navigate).toHaveBeenLastCalledWith('?at=2024-02-15', { replace: true });
    // The reader presses again before the router has re-rendered with that URL …
    store.getState().update({ at: day('2024-02-14') }, { replace: true });
    routerShows('?at=2024-02-15');
    // … and the newer date stays, then reaches the address bar in turn.
    expect(store.getState().view.at).toBe('2024-02-14');
    vi.advanceTimersByTime(SCRUB_DELAY_MS);
    expect(navigate).toHaveBeenLastCalledWith('?at=2024-02-14', { replace: true });
  });

  it('keeps the last of several steps the router hands back one by one, late', () => {
    const { store, navigate, routerShows } = setup('?step=12');
    store.getState().update({ step: 11 });
    store.getState().update({ step: 10 });
    expect(navigate).toHaveBeenLastCalledWith('?step=10', { replace: false });
    routerShows('?step=11');
    expect(store.getState().view.step).toBe(10);
    routerShows('?step=10');
    expect(store.getState().view.step).toBe(10);
    // A router that skips a write it was too busy to show: the last one still counts as ours.
    store.getState().update({ step: 9 });
    store.getState().update({ step: 8 });
    routerShows('?step=8');
    expect(store.getState().view.step).toBe(8);
    routerShows('?step=10'); // back, to a URL written earlier
    expect(store.getState().view.step).toBe(10);
  });

  it('lets a navigation (a link, back or forward) set the view', () => {
    const { store, routerShows } = setup('?at=2024-07-25');
    routerShows('?at=2023-01-01&mode=overlap');
    expect(store.getState().view).toMatchObject({ at: '2023-01-01', mode: 'overlap' });
  });

  it('goes back to a URL it wrote once the reader navigates away and back', () => {
    const { store, navigate, routerShows } = setup('?at=2024-07-25');
    store.getState().update({ mode: 'overlap' });
    expect(navigate).toHaveBeenLastCalledWith('?at=2024-07-25&mode=overlap', { replace: false });
    routerShows('?at=2024-07-25&mode=overlap');
    routerShows('?at=2024-07-25'); // back
    expect(store.getState().view.mode).toBeUndefined();
    routerShows('?at=2024-07-25&mode=overlap'); // forward
    expect(store.getState().view.mode).toBe('overlap');
  });
});
