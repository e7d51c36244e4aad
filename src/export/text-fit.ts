/**
 * Text fitting without a DOM: widths are estimated from character counts (a system sans-serif
 * averages a little over half its size per character), erring wide so text never overruns.
 */
const AVERAGE = 0.56;
const WIDE = /[MWmw@%ÄÖÜ]/;
const NARROW = /[ilIj.,:;'’|!()[\] ]/;

export function estimateWidth(text: string, size: number): number {
  let units = 0;
  for (const ch of text) units += WIDE.test(ch) ? 0.85 : NARROW.test(ch) ? 0.32 : AVERAGE;
  return units * size;
}

/** Cuts `text` to fit `width`, ending in "…" when anything was cut. */
export function truncate(text: string, width: number, size: number): string {
  if (estimateWidth(text, size) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && estimateWidth(`${chars.join('')}…`, size) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Breaks `text` into at most `maxLines` lines of at most `width` at spaces (a long word is cut);
 * the last line ends in "…" when text was left over.
 */
export function wrap(text: string, width: number, size: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (!line || estimateWidth(next, size) <= width) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, Math.max(1, maxLines));
  // The next line did not fit after the last kept one, so joining them always ends in "…".
  if (lines.length > kept.length) kept[kept.length - 1] = `${kept.at(-1)} ${lines[kept.length]}`;
  return kept.map((l) => truncate(l, width, size));
}
