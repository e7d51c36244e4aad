import { modulesPath, qrModules } from '../../../src/views/share/qr';

test('a URL becomes a square QR matrix with the three finder patterns', () => {
  const m = qrModules('https://example.org/?at=2024-12-04&parties=ukraine,russia');
  const n = m.length;
  expect(n).toBeGreaterThanOrEqual(21);
  expect((n - 17) % 4).toBe(0);
  expect(m.every((row) => row.length === n)).toBe(true);
  // A finder pattern: a dark 7×7 ring around a light ring around a dark 3×3 core.
  for (const [r0, c0] of [
    [0, 0],
    [0, n - 7],
    [n - 7, 0],
  ] as const) {
    expect(m[r0]!.slice(c0, c0 + 7).every(Boolean)).toBe(true);
    expect(m[r0 + 1]![c0 + 1]).toBe(false);
    expect(m[r0 + 3]![c0 + 3]).toBe(true);
  }
});

test('longer text needs a larger code; non-ASCII text is percent-encoded, not mangled', () => {
  expect(qrModules('x'.repeat(300)).length).toBeGreaterThan(qrModules('x').length);
  expect(qrModules('https://example.org/?lang=de&q=Grüße')).toEqual(
    qrModules('https://example.org/?lang=de&q=Gr%C3%BC%C3%9Fe'),
  );
});

test('modulesPath draws one rectangle per horizontal run of dark modules', () => {
  expect(
    modulesPath([
      [true, true, false],
      [false, true, false],
    ]),
  ).toBe('M0,0h2v1h-2zM1,1h1v1h-1z');
  expect(modulesPath([[false]])).toBe('');
});
