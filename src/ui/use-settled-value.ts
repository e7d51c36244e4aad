import { useEffect, useState } from 'react';

/**
 * `value`, once it has stopped changing for `delay` ms (the first value at once). For text that
 * follows a scrubbed slider — a summary, a table — so a fast scrub redraws the matrix every frame
 * and the prose once, and a screen reader hears the date the reader stopped at, not every step.
 */
export function useSettledValue<T>(value: T, delay = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, settled, delay]);
  return settled;
}
