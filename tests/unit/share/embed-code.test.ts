import {
  embedCode,
  embedUrl,
  escapeAttribute,
  type EmbedChoice,
} from '../../../src/views/share/embed-code';

const choice = (over: Partial<EmbedChoice> = {}): EmbedChoice => ({
  href: 'https://news.example.org/?at=2024-12-04&parties=ukraine,russia&issues=nato',
  base: '/',
  view: 'matrix',
  theme: 'auto',
  title: 'Talks — Matrix, as of 4 December 2024',
  ...over,
});

/** The snippet parsed as a host page would parse it. */
function parse(code: string) {
  const doc = new DOMParser().parseFromString(`<body>${code}</body>`, 'text/html');
  return {
    iframe: doc.querySelector('iframe')!,
    script: doc.querySelector('script')!,
  };
}

describe('embedUrl', () => {
  test('is absolute, under embed/<view>, with the page’s view state', () => {
    expect(embedUrl(choice())).toBe(
      'https://news.example.org/embed/matrix?at=2024-12-04&parties=ukraine,russia&issues=nato',
    );
    expect(embedUrl(choice({ view: 'timeline' }))).toBe(
      'https://news.example.org/embed/timeline?at=2024-12-04&parties=ukraine,russia&issues=nato',
    );
  });

  test('a deal embed carries the deal from the deal builder’s page', () => {
    const href = 'https://news.example.org/deal?at=2025-11-30&plan=us-28&terms=nato:moratorium';
    expect(embedUrl(choice({ href, view: 'deal' }))).toBe(
      'https://news.example.org/embed/deal?at=2025-11-30&plan=us-28&terms=nato:moratorium',
    );
  });

  test('keeps the app’s base path', () => {
    expect(embedUrl(choice({ href: 'http://127.0.0.1:4000/cg/?mode=overlap', base: '/cg/' }))).toBe(
      'http://127.0.0.1:4000/cg/embed/matrix?mode=overlap',
    );
    expect(embedUrl(choice({ href: 'https://h.example/cg/', base: '/cg' }))).toBe(
      'https://h.example/cg/embed/matrix',
    );
  });

  test('frozen adds the version; live removes one already in the page', () => {
    expect(embedUrl(choice({ frozenVersion: '2026-11-24.3' }))).toBe(
      'https://news.example.org/embed/matrix?version=2026-11-24.3&at=2024-12-04&parties=ukraine,russia&issues=nato',
    );
    const pinned = choice({ href: 'https://news.example.org/?version=2025-01-01.1&at=2024-12-04' });
    expect(embedUrl(pinned)).toBe('https://news.example.org/embed/matrix?at=2024-12-04');
    expect(embedUrl({ ...pinned, frozenVersion: '2026-11-24.3' })).toBe(
      'https://news.example.org/embed/matrix?version=2026-11-24.3&at=2024-12-04',
    );
  });

  test('a version that is not one is left out', () => {
    expect(embedUrl(choice({ frozenVersion: '../../secret' }))).not.toContain('version');
  });

  test('theme: light and dark are set, automatic removes the page’s own', () => {
    expect(embedUrl(choice({ theme: 'dark' }))).toMatch(/&theme=dark$/);
    expect(embedUrl(choice({ theme: 'light' }))).toMatch(/&theme=light$/);
    expect(
      embedUrl(
        choice({ href: 'https://news.example.org/?at=2024-12-04&theme=dark', theme: 'auto' }),
      ),
    ).toBe('https://news.example.org/embed/matrix?at=2024-12-04');
  });

  test('only pages on http(s) give an address', () => {
    expect(embedUrl(choice({ href: 'file:///home/me/index.html?at=2024-12-04' }))).toBeUndefined();
    expect(embedUrl(choice({ href: 'javascript:alert(1)' }))).toBeUndefined();
    expect(embedUrl(choice({ base: 'javascript:alert(1)//' }))).toBeUndefined();
  });
});

describe('embedCode', () => {
  test('an iframe with the address, title and initial height, then the script', () => {
    const built = embedCode(choice({ frozenVersion: '2026-11-24.3' }))!;
    expect(built.height).toBe(640);
    expect(built.code.split('\n')).toHaveLength(2);
    const { iframe, script } = parse(built.code);
    expect(iframe.hasAttribute('data-common-ground')).toBe(true);
    expect(iframe.getAttribute('src')).toBe(built.url);
    expect(iframe.getAttribute('title')).toBe('Talks — Matrix, as of 4 December 2024');
    expect(iframe.getAttribute('style')).toBe('width:100%;height:640px;border:0');
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(script.getAttribute('src')).toBe('https://news.example.org/embed.js');
    expect(script.hasAttribute('async')).toBe(true);
  });

  test('a timeline is 560 px high; the script sits under the base path', () => {
    const built = embedCode(
      choice({ view: 'timeline', href: 'https://h.example/cg/?at=2024-12-04', base: '/cg/' }),
    )!;
    expect(parse(built.code).iframe.getAttribute('style')).toContain('height:560px');
    expect(parse(built.code).script.getAttribute('src')).toBe('https://h.example/cg/embed.js');
  });

  test('quotes and markup in the title stay inside the attribute', () => {
    const title = 'The "deal" <script>alert(1)</script> & more';
    const built = embedCode(choice({ title }))!;
    expect(built.code).toContain(
      'title="The &quot;deal&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"',
    );
    const { iframe } = parse(built.code);
    expect(iframe.getAttribute('title')).toBe(title);
    expect(parse(built.code).iframe.ownerDocument.querySelectorAll('script')).toHaveLength(1);
  });

  test('undefined off http(s)', () => {
    expect(embedCode(choice({ href: 'data:text/html,hi' }))).toBeUndefined();
  });
});

test('escapeAttribute escapes the four characters that matter', () => {
  expect(escapeAttribute(`a&b"c<d>e'f`)).toBe(`a&amp;b&quot;c&lt;d&gt;e'f`);
});
