import { escapeXml, fragment, h } from '../../../src/export/xml';
import { truncate, wrap } from '../../../src/export/text-fit';

test('escapeXml escapes markup characters and drops characters XML forbids', () => {
  expect(escapeXml(`<script>alert("x") & 'y'</script>`)).toBe(
    '&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;',
  );
  expect(escapeXml('a\u0000b\u0007c\td\ne')).toBe('abc\td\ne');
});

test('h escapes text children and attribute values, keeps markup children and skips empties', () => {
  const el = h('g', { title: '"><x', x: 1.23456, skip: undefined }, '<b>', h('rect'), false);
  expect(el.markup).toBe('<g title="&quot;&gt;&lt;x" x="1.23">&lt;b&gt;<rect/></g>');
  expect(fragment([h('a'), 'b&']).markup).toBe('<a/>b&amp;');
});

test('h refuses element and attribute names that could break out of the markup', () => {
  expect(() => h('g onload=x')).toThrow(RangeError);
  expect(() => h('g', { 'x"y': 1 })).toThrow(RangeError);
});

test('wrap breaks at spaces within the width and ends with … when text is left over', () => {
  expect(wrap('one two three', 1000, 12, 2)).toEqual(['one two three']);
  const lines = wrap('alpha beta gamma delta epsilon zeta', 60, 12, 2);
  expect(lines).toHaveLength(2);
  expect(lines[1]!.endsWith('…')).toBe(true);
  expect(truncate('a very long name indeed', 40, 12).endsWith('…')).toBe(true);
  expect(truncate('short', 400, 12)).toBe('short');
});
