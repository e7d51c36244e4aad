import type { DatasetIndex } from '../model/dataset-index';
import type { Source, Statement } from '../model/types';
import type { HandoutSource } from './types';

/** A source followed by the sources it reports from, nearest first; stops at a loop. */
export function sourceChain(index: DatasetIndex, id: string): Source[] {
  const chain: Source[] = [];
  const seen = new Set<string>();
  for (let next: string | undefined = id; next !== undefined && !seen.has(next);) {
    const source = index.sources.get(next);
    if (!source) break;
    chain.push(source);
    seen.add(next);
    next = source.via;
  }
  return chain;
}

/** "Outlet: Title <https://…>", one source in a CSV field. */
export function sourceText(source: Source): string {
  const name = source.title ? `${source.outlet}: ${source.title}` : source.outlet;
  return `${name} <${source.url}>`;
}

/** "Aggregator <url> via Paper <url> via Wire <url>" for each source of a statement, joined by " | ". */
export function statementSourcesText(
  index: DatasetIndex,
  statement: Statement,
  via: string,
): string {
  return statement.sources
    .map((id) => sourceChain(index, id).map(sourceText).join(` ${via} `))
    .join(' | ');
}

/** The distinct sources (outlet + URL) of `statements`, in the order they first appear. */
export function distinctSources(
  index: DatasetIndex,
  statements: readonly Statement[],
): HandoutSource[] {
  const seen = new Set<string>();
  const out: HandoutSource[] = [];
  for (const s of statements)
    for (const id of s.sources) {
      const source = index.sources.get(id);
      if (!source || seen.has(source.url)) continue;
      seen.add(source.url);
      out.push({ outlet: source.outlet, url: source.url });
    }
  return out;
}
