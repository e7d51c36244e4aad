import { act, render, screen } from '@testing-library/react';
import { useParentWidth } from '../../../src/ui/use-parent-size';

function Probe() {
  const { ref, width } = useParentWidth<HTMLDivElement>();
  return <div ref={ref}>{width === undefined ? 'unmeasured' : `width ${width}`}</div>;
}

/** A ResizeObserver the test drives: `report()` is the browser's call after a layout. */
function fakeResizeObserver() {
  const observers: { callback: ResizeObserverCallback; observed: Element[] }[] = [];
  class Fake {
    private readonly entry: { callback: ResizeObserverCallback; observed: Element[] };
    constructor(callback: ResizeObserverCallback) {
      this.entry = { callback, observed: [] };
      observers.push(this.entry);
    }
    observe(el: Element) {
      this.entry.observed.push(el);
    }
    unobserve() {}
    disconnect() {
      this.entry.observed = [];
    }
  }
  vi.stubGlobal('ResizeObserver', Fake);
  return {
    report: () =>
      act(() => {
        for (const o of observers)
          if (o.observed.length > 0) o.callback([], o as unknown as ResizeObserver);
      }),
  };
}

function boxWidth(width: number) {
  return vi
    .spyOn(HTMLElement.prototype, 'getBoundingClientRect')
    .mockReturnValue({ width } as DOMRect);
}

describe('useParentWidth', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('has no width until the browser reports one after layout, then follows resizes', async () => {
    const observer = fakeResizeObserver();
    const box = boxWidth(412.7);
    render(<Probe />);
    expect(screen.getByText('unmeasured')).toBeInTheDocument();
    expect(box).not.toHaveBeenCalled(); // nothing is measured during the commit
    await observer.report();
    expect(screen.getByText('width 412')).toBeInTheDocument();
    box.mockReturnValue({ width: 1024 } as DOMRect);
    await observer.report();
    expect(screen.getByText('width 1024')).toBeInTheDocument();
  });

  it('measures once without ResizeObserver; no layout (width 0) reads as the fallback', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    boxWidth(0);
    render(<Probe />);
    expect(screen.getByText('width 800')).toBeInTheDocument();
  });
});
