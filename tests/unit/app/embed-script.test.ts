import { readFileSync } from 'node:fs';

// The host script is a plain static file; run its code in this jsdom page as a host page would.
const script = readFileSync('public/embed.js', 'utf8');
const APP = 'https://data.example.org';

function frame(src: string, managed = true): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.src = src;
  if (managed) iframe.setAttribute('data-common-ground', '');
  document.body.append(iframe);
  return iframe;
}

function post(data: unknown, origin: string, source: Window | null) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

const height = (type = 'common-ground:height', value: unknown = 640) => ({ type, height: value });

beforeAll(() => {
  new Function(script)();
});
afterEach(() => document.body.replaceChildren());

describe('embed.js', () => {
  it('sets the height of the iframe whose page sent the message', () => {
    const a = frame(`${APP}/embed/matrix`);
    const b = frame(`${APP}/embed/timeline`);
    post(height(), APP, a.contentWindow);
    expect(a.style.height).toBe('640px');
    expect(b.style.height).toBe('');
    post({ ...height(undefined, 812.4), id: 'chart-1' }, APP, b.contentWindow);
    expect(b.style.height).toBe('813px');
  });

  it('ignores a message from another origin than the iframe’s address', () => {
    const a = frame(`${APP}/embed/matrix`);
    post(height(), 'https://evil.example', a.contentWindow);
    expect(a.style.height).toBe('');
  });

  it('ignores a message from a window that is not one of its iframes', () => {
    const a = frame(`${APP}/embed/matrix`);
    const unmanaged = frame(`${APP}/embed/matrix`, false);
    post(height(), APP, unmanaged.contentWindow);
    post(height(), APP, window);
    post(height(), APP, null);
    expect(a.style.height).toBe('');
    expect(unmanaged.style.height).toBe('');
  });

  it.each([
    ['another type', height('other:height')],
    ['a height as text', height(undefined, '640')],
    ['an infinite height', height(undefined, Infinity)],
    ['a height below 50', height(undefined, 10)],
    ['a height above 20000', height(undefined, 20_001)],
    ['an extra field', { ...height(), style: 'display:none' }],
    ['an id that is not text', { ...height(), id: 7 }],
    ['text', 'common-ground:height 640'],
    ['an array', ['common-ground:height', 640]],
    ['null', null],
  ])('ignores a message with %s', (_, data) => {
    const a = frame(`${APP}/embed/matrix`);
    post(data, APP, a.contentWindow);
    expect(a.style.height).toBe('');
  });

  it('installs its listener only once when included twice', () => {
    new Function(script)();
    const a = frame(`${APP}/embed/matrix`);
    const spy = vi.spyOn(document, 'querySelectorAll');
    post(height(), APP, a.contentWindow);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(a.style.height).toBe('640px');
  });
});
