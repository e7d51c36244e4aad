/**
 * Markup built by `h`: a branded string, so text that has not gone through `escapeXml` cannot be
 * passed where markup is expected.
 */
export interface Markup {
  readonly markup: string;
}

/** Characters XML 1.0 forbids even when escaped (controls other than tab, LF and CR). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text or an attribute value made safe for XML: `& < > " '` escaped, forbidden characters dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

export type AttrValue = string | number | undefined;
export type Child = Markup | string | undefined | false;

const NAME = /^[a-zA-Z_][\w:.-]*$/;

/** Numbers rounded to two decimals, so files stay small and stable across runs. */
function attrText(value: string | number): string {
  return typeof value === 'number' ? String(Math.round(value * 100) / 100) : value;
}

function childText(c: Child): string {
  if (c === undefined || c === false) return '';
  return typeof c === 'string' ? escapeXml(c) : c.markup;
}

/**
 * An element: attributes with an `undefined` value are left out; string children are escaped as
 * text, `Markup` children are kept; `undefined` and `false` children are skipped.
 */
export function h(
  name: string,
  attrs: Readonly<Record<string, AttrValue>> = {},
  ...children: readonly (Child | readonly Child[])[]
): Markup {
  if (!NAME.test(name)) throw new RangeError(`invalid element name: ${JSON.stringify(name)}`);
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    if (!NAME.test(key)) throw new RangeError(`invalid attribute name: ${JSON.stringify(key)}`);
    open += ` ${key}="${escapeXml(attrText(value))}"`;
  }
  const inner = children.flat().map(childText).join('');
  return { markup: inner === '' ? `${open}/>` : `${open}>${inner}</${name}>` };
}

/** Several elements side by side, as one child. */
export function fragment(children: readonly Child[]): Markup {
  return { markup: children.map(childText).join('') };
}
