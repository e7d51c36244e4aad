/**
 * How to order parties: `undefined` keeps the given order; `'name'` sorts by display name;
 * `'similarity'` seriates so that blocs sit together; `{ party }` puts that party first and the
 * others by how closely they agree with it. (The same shape as the view state's `Order`.)
 */
export type PartyOrder = 'name' | 'similarity' | { readonly party: string } | undefined;

/** Similarity of two parties in [-1, 1], or `undefined` when nothing is known about the pair. */
export type Similarity = (a: string, b: string) => number | undefined;

const collators = new Map<string, Intl.Collator>();
function collator(locale: string | undefined): Intl.Collator {
  const key = locale ?? '';
  let c = collators.get(key);
  if (!c) {
    c = new Intl.Collator(locale, { numeric: true });
    collators.set(key, c);
  }
  return c;
}

/** Indices 0..n−1 sorted by `compare`; `Array.prototype.sort` is stable, so ties keep the order. */
function sortedIndices(n: number, compare: (i: number, j: number) => number): number[] {
  return Array.from({ length: n }, (_, i) => i).sort(compare);
}

function byAgreementWith(parties: readonly string[], first: number, similarity: Similarity) {
  const chosen = parties[first]!;
  const score = parties.map((p) => similarity(chosen, p));
  const rest = sortedIndices(parties.length, (i, j) => {
    const a = score[i];
    const b = score[j];
    if (a === undefined || b === undefined)
      return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
    return b - a;
  }).filter((i) => i !== first);
  return [first, ...rest];
}

/**
 * Average-linkage agglomerative clustering on the similarity matrix (unknown counts as 0).
 * Each merge joins the two most similar clusters (ties: the earliest pair in the given order)
 * and orients them — either may be reversed — so that the two parties meeting at the seam are
 * as similar as possible. Every cluster stays contiguous, so blocs sit together. O(n³).
 */
function seriate(n: number, sim: (i: number, j: number) => number): number[] {
  const s = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => sim(i, j)));
  // link[a][b]: average similarity between clusters a and b (indexed by their first slot).
  const link = s.map((row) => [...row]);
  const members: (number[] | undefined)[] = Array.from({ length: n }, (_, i) => [i]);
  const active = Array.from({ length: n }, (_, i) => i);
  while (active.length > 1) {
    let best = -Infinity;
    let pa = 0;
    let pb = 1;
    for (let x = 0; x < active.length; x++) {
      for (let y = x + 1; y < active.length; y++) {
        const v = link[active[x]!]![active[y]!]!;
        if (v > best) [best, pa, pb] = [v, x, y];
      }
    }
    const a = active[pa]!;
    const b = active[pb]!;
    const A = members[a]!;
    const B = members[b]!;
    for (const k of active) {
      if (k === a || k === b) continue;
      const v = (A.length * link[a]![k]! + B.length * link[b]![k]!) / (A.length + B.length);
      link[a]![k] = v;
      link[k]![a] = v;
    }
    members[a] = orient(A, B, s);
    members[b] = undefined;
    active.splice(pb, 1);
  }
  return members[active[0] ?? 0] ?? [];
}

/** A then B, each possibly reversed, choosing the most similar seam; ties keep them as they are. */
function orient(A: readonly number[], B: readonly number[], s: readonly number[][]): number[] {
  const options: [number[], number[]][] = [
    [[...A], [...B]],
    [[...A], [...B].reverse()],
    [[...A].reverse(), [...B]],
    [[...A].reverse(), [...B].reverse()],
  ];
  let best = options[0]!;
  let bestSeam = -Infinity;
  for (const option of options) {
    const seam = s[option[0].at(-1)!]![option[1][0]!]!;
    if (seam > bestSeam) [best, bestSeam] = [option, seam];
  }
  return [...best[0], ...best[1]];
}

/**
 * The parties reordered (a permutation of the input, duplicates included):
 * - `undefined`: the given order;
 * - `'name'`: by `nameOf`, compared with `Intl.Collator(locale)` (so "Österreich" sorts with O);
 * - `{ party }`: that party first, then the others by descending `similarity` to it, unknown
 *   similarity last, ties in the given order; a party not in the list keeps the given order;
 * - `'similarity'`: seriation (see `seriate`): deterministic, about 1 ms for 60 parties.
 */
export function orderParties(
  parties: readonly string[],
  order: PartyOrder,
  similarity: Similarity,
  nameOf: (party: string) => string = (p) => p,
  locale?: string,
): readonly string[] {
  if (order === undefined || parties.length < 2) return parties;
  let indices: number[];
  if (order === 'name') {
    const names = parties.map(nameOf);
    const c = collator(locale);
    indices = sortedIndices(parties.length, (i, j) => c.compare(names[i]!, names[j]!));
  } else if (order === 'similarity') {
    indices = seriate(parties.length, (i, j) =>
      i === j ? 1 : (similarity(parties[i]!, parties[j]!) ?? 0),
    );
  } else {
    const first = parties.indexOf(order.party);
    if (first < 0) return parties;
    indices = byAgreementWith(parties, first, similarity);
  }
  return indices.map((i) => parties[i]!);
}
