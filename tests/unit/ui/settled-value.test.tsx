import { act, renderHook } from '@testing-library/react';
import { useSettledValue } from '../../../src/ui/use-settled-value';

describe('useSettledValue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the first value at once and a new one only after it stops changing', () => {
    const { result, rerender } = renderHook(({ v }) => useSettledValue(v, 250), {
      initialProps: { v: 'a' },
    });
    expect(result.current).toBe('a');
    rerender({ v: 'b' });
    act(() => vi.advanceTimersByTime(200));
    rerender({ v: 'c' });
    act(() => vi.advanceTimersByTime(200));
    expect(result.current).toBe('a');
    act(() => vi.advanceTimersByTime(60));
    expect(result.current).toBe('c');
  });
});
