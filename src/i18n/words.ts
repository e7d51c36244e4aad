import type { Lang } from './i18n';

// Lists and plurals are written from these rules, not Intl.ListFormat or Intl.PluralRules: the
// first Intl object a page creates loads the browser's locale data (~70 ms of main thread measured
// with a 4x slower CPU), and the matrix's summary needs both in its first render. The rules give
// what Intl gives for en and de (tests/unit/i18n.test.ts compares them).

export type PluralForm = 'one' | 'other';

/** The message variant for `n`: en and de say "one" for exactly 1 and "other" for the rest. */
const ONE: Record<Lang, (n: number) => boolean> = { en: (n) => n === 1, de: (n) => n === 1 };

export function pluralForm(n: number, lang: Lang): PluralForm {
  return ONE[lang](n) ? 'one' : 'other';
}

export type ListKind = 'and' | 'or';

/** The words before a list's last item, after two or more before it ("A, B, and C"). */
const LAST: Record<Lang, Record<ListKind, { readonly two: string; readonly more: string }>> = {
  en: { and: { two: ' and ', more: ', and ' }, or: { two: ' or ', more: ', or ' } },
  de: { and: { two: ' und ', more: ' und ' }, or: { two: ' oder ', more: ' oder ' } },
};

/** `items` as a list in `lang`: "A", "A and B", "A, B, and C" (de "A, B und C"); `or` likewise. */
export function joinList(items: readonly string[], lang: Lang, kind: ListKind = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = LAST[lang][kind];
  const head = items.slice(0, -1);
  return head.join(', ') + (head.length === 1 ? last.two : last.more) + items.at(-1);
}
