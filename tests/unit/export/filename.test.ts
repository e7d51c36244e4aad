import { exportBase, fileName, slug } from '../../../src/export/filename';

describe('slug', () => {
  test.each([
    ['russia-ukraine', 'russia-ukraine'],
    ['Russland–Ukraine Krieg', 'russland-ukraine-krieg'],
    ['Türkiye & Größe', 'turkiye-grosse'],
    ['2024-12-04.1', '2024-12-04-1'],
    ['../../etc/passwd', 'etc-passwd'],
    ['  ', ''],
  ])('%j → %j', (input, expected) => {
    expect(slug(input)).toBe(expected);
  });
});

test('exportBase names app, dataset, view and date; fileName adds the extension', () => {
  const base = exportBase(['russia-ukraine', 'matrix', '2024-12-04']);
  expect(base).toBe('common-ground-russia-ukraine-matrix-2024-12-04');
  expect(fileName(base, 'svg')).toBe('common-ground-russia-ukraine-matrix-2024-12-04.svg');
  expect(exportBase(['x', '', 'timeline'])).toBe('common-ground-x-timeline');
});
