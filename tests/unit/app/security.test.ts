import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Source checks for the security rules (issue 9): text is never parsed as HTML or code, links
 * into a new tab cannot reach back, and the page ships a Content-Security-Policy. The height
 * messages of public/embed.js are checked in embed-script.test.ts.
 */

const ROOT = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

const sources = sourceFiles(join(ROOT, 'src')).map((path) => ({
  file: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

/** `file:line` of every match of `pattern` in src/. */
function findings(pattern: RegExp): string[] {
  return sources.flatMap(({ file, text }) =>
    text
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
}

/** The JSX opening tag around `index`: from its `<` to the first `>` that is not part of `=>`. */
function openingTag(text: string, index: number): string {
  const start = text.lastIndexOf('<', index);
  let end = index;
  while (end < text.length && !(text[end] === '>' && text[end - 1] !== '=')) end++;
  return text.slice(start, end + 1);
}

describe('src/', () => {
  it('has source files to check', () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  it.each([
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['innerHTML or outerHTML assignments', /\.(inner|outer)HTML\s*\+?=/],
    ['insertAdjacentHTML or document.write', /insertAdjacentHTML|document\.write/],
    ['eval', /(^|[^\w.])eval\s*\(/],
    ['new Function', /new\s+Function\s*\(/],
    ['string timers', /set(Timeout|Interval)\s*\(\s*['"`]/],
  ])('uses no %s', (_, pattern) => {
    expect(findings(pattern)).toEqual([]);
  });

  it('opens new tabs only with rel="noopener noreferrer" on the same element', () => {
    const links = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/target=(?:"_blank"|\{\s*['"]_blank['"]\s*\})/g)].map((m) => ({
        file,
        tag: openingTag(text, m.index),
      })),
    );
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter(({ tag }) => !/rel="noopener noreferrer"/.test(tag))).toEqual([]);
  });

  it('calls window.open only with noopener', () => {
    const calls = findings(/window\.open\s*\(/);
    expect(calls.filter((line) => !/noopener/.test(line))).toEqual([]);
  });
});

describe('index.html', () => {
  const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
  const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  const directive = (name: string) =>
    policy
      ?.split(';')
      .map((d) => d.trim())
      .find((d) => d === name || d.startsWith(`${name} `));

  it('has a Content-Security-Policy meta before any script', () => {
    expect(policy).toBeDefined();
    const firstScript = html.indexOf('<script');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(firstScript);
  });

  it('allows scripts only from its own origin: no inline script, no eval', () => {
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-hashes'|'wasm-unsafe-eval'/);
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('base-uri')).toBe("base-uri 'self'");
  });

  it('has no frame-ancestors, which a meta policy ignores (embeds are meant to be framed)', () => {
    expect(directive('frame-ancestors')).toBeUndefined();
  });

  it('has no inline script: every script loads from a file', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });
});
