import { formatList, formatNumber, pick, translate, type Lang } from '../../i18n/i18n';
import { pluralForm } from '../../i18n/words';
import type { DatasetIndex } from '../../model/dataset-index';

/** Lists up to this long are said in full; longer ones name `LIST_CAP - 1` items and "N more". */
export const LIST_CAP = 3;

/** What the "… and N more" tail of a capped list counts. */
export type Tail = 'issues' | 'pairs' | 'parties' | 'positions' | 'accepted' | 'outcomes';

/** A count for a sentence, with the language's digit grouping. */
export function num(n: number, lang: Lang): string {
  return formatNumber(n, lang);
}

/** `items` as a list ("A, B and C"), capped: "A, B, C and 7 more issues". */
export function cappedList(items: readonly string[], tail: Tail, lang: Lang): string {
  if (items.length <= LIST_CAP) return formatList(items, lang);
  const shown = items.slice(0, LIST_CAP - 1);
  const rest = items.length - shown.length;
  const more = translate(lang, `summary.more.${tail}.${pluralForm(rest, lang)}`, {
    count: num(rest, lang),
  });
  return formatList([...shown, more], lang);
}

/** Display names for the ids in a summary, in one language. */
export interface Names {
  readonly lang: Lang;
  readonly party: (id: string) => string;
  readonly issue: (id: string) => string;
  /** An outcome label in quotation marks, e.g. “Old line” / „Alte Linie“. */
  readonly outcome: (issue: string, id: string) => string;
}

export function namesOf(index: DatasetIndex, lang: Lang): Names {
  const label = (issue: string, id: string) =>
    pick(index.issues.get(issue)?.outcomes.find((o) => o.id === id)?.label, lang) || id;
  return {
    lang,
    party: (id) => pick(index.parties.get(id)?.name, lang) || id,
    issue: (id) => pick(index.issues.get(id)?.name, lang) || id,
    outcome: (issue, id) => translate(lang, 'summary.quote', { text: label(issue, id) }),
  };
}

/** The quoted labels of `outcomes` on `issue`, as one list: “A” and “B”. */
export function outcomeList(issue: string, outcomes: readonly string[], names: Names): string {
  return formatList(
    outcomes.map((o) => names.outcome(issue, o)),
    names.lang,
  );
}

/**
 * The parties as a sentence subject: named when there are at most three ("North and South"),
 * else counted ("the 5 selected parties", or with `known`, "the 4 parties with a position").
 */
export function partiesPhrase(ids: readonly string[], names: Names, known = false): string {
  if (ids.length <= 3) return formatList(ids.map(names.party), names.lang);
  return translate(names.lang, known ? 'summary.knownParties' : 'summary.selectedParties', {
    count: num(ids.length, names.lang),
  });
}
