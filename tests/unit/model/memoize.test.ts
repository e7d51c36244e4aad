import { memoizeLast } from '../../../src/model/memoize';

describe('memoizeLast', () => {
  it('returns the cached result while every argument is ===', () => {
    const fn = vi.fn((a: readonly number[], b: string) => ({ n: a.length, b }));
    const memo = memoizeLast(fn);
    const list = [1, 2];
    const first = memo(list, 'x');
    expect(memo(list, 'x')).toBe(first);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('recomputes when any argument changes identity, even if equal in value', () => {
    const fn = vi.fn((a: readonly number[], b: string) => a.length + b.length);
    const memo = memoizeLast(fn);
    memo([1], 'x');
    memo([1], 'x');
    memo([1], 'x');
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('remembers only the last arguments', () => {
    const fn = vi.fn((x: number) => x * 2);
    const memo = memoizeLast(fn);
    expect([memo(1), memo(2), memo(1), memo(1)]).toEqual([2, 4, 2, 2]);
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('recomputes when the number of arguments differs', () => {
    const fn = vi.fn((...xs: number[]) => xs.length);
    const memo = memoizeLast(fn);
    expect(memo(1)).toBe(1);
    expect(memo(1, undefined as unknown as number)).toBe(2);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('does not remember a call that threw', () => {
    let fail = true;
    const memo = memoizeLast((x: number) => {
      if (fail) throw new Error('boom');
      return x;
    });
    expect(() => memo(1)).toThrow('boom');
    fail = false;
    expect(memo(1)).toBe(1);
  });

  it('caches an undefined result', () => {
    const fn = vi.fn((): undefined => undefined);
    const memo = memoizeLast(fn);
    memo();
    memo();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
