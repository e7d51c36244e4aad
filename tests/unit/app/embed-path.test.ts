import { embedViewOf } from '../../../src/app/embed/embed-path';

describe('embedViewOf', () => {
  it.each([
    ['/embed/matrix', '/', 'matrix'],
    ['/embed/timeline/', '/', 'timeline'],
    ['/embed/deal', '/', 'deal'],
    ['/common-ground/embed/matrix', '/common-ground/', 'matrix'],
    ['/embed/pie', '/', null],
    ['/embed', '/', null],
    ['/embed/matrix/extra', '/', null],
    ['/', '/', undefined],
    ['/data', '/', undefined],
    ['/embedded', '/', undefined],
    ['/common-ground/about', '/common-ground/', undefined],
  ])('%s under %s → %s', (path, base, view) => {
    expect(embedViewOf(path, base)).toBe(view);
  });
});
