/**
 * Remember the last call: when every argument is `===` to the previous call's, return the
 * previous result without calling `fn`. For selectors whose inputs keep stable references
 * (after Observable Plot's `memoize1`). A throwing call is not remembered.
 */
export function memoizeLast<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R;
  return (...args: A): R => {
    if (
      lastArgs === undefined ||
      lastArgs.length !== args.length ||
      args.some((arg, i) => arg !== lastArgs![i])
    ) {
      lastResult = fn(...args);
      lastArgs = args;
    }
    return lastResult;
  };
}
