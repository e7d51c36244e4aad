/**
 * Measurement hooks read by `npm run bench`: `cg:first-matrix` marks the first rendered matrix;
 * each "As of" change measures `cg:asof` from the input event (`cg:asof-start`) to the commit.
 */
let first = true;

export function markAsOfInput(): void {
  performance.clearMarks('cg:asof-start');
  performance.mark('cg:asof-start');
}

export function markRendered(): void {
  if (first) {
    first = false;
    performance.mark('cg:first-matrix');
  }
  if (performance.getEntriesByName('cg:asof-start', 'mark').length > 0) {
    performance.measure('cg:asof', 'cg:asof-start');
    performance.clearMarks('cg:asof-start');
  }
}
