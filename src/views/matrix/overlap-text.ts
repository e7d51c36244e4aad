import { formatDate, formatList, pick, translate, type Lang } from '../../i18n/i18n';
import { RELATION_KINDS } from '../../model/overlap-sum';
import type { RelationTally } from '../../model/overlap-sum';
import type { Relation } from '../../model/relation';
import type { IsoDate, Issue } from '../../model/types';
import type { Order } from '../../state/view-state';
import { RELATION_SYMBOL } from './relation-text';

/** The visible symbol of a single-issue cell: the kind, plus the distance of a scaled conflict. */
export function relationSymbol(relation: Relation): string {
  const symbol = RELATION_SYMBOL[relation.kind];
  return relation.kind === 'conflict' && relation.severity !== undefined
    ? `${symbol} ${relation.severity}`
    : symbol;
}

/** "=2 ∩1 ✕3": the non-zero counts, each after its kind's symbol (the kind never rests on colour). */
export function tallySymbols(tally: RelationTally): string {
  // Unknown issues are left out of the visible counts (the label and tooltip name them): in sparse
  // data they would drown what is known.
  const known = RELATION_KINDS.filter((kind) => kind !== 'unknown' && tally.counts[kind] > 0);
  if (known.length === 0) return RELATION_SYMBOL.unknown;
  return known.map((kind) => `${RELATION_SYMBOL[kind]}${tally.counts[kind]}`).join(' ');
}

/** "agree on Border; conflict on Alliance and Sanctions": which issues fall in each kind. */
export function describeTally(
  tally: RelationTally,
  issueName: (id: string) => string,
  lang: Lang,
): string {
  return RELATION_KINDS.filter((kind) => tally.counts[kind] > 0)
    .map((kind) =>
      translate(lang, `overlap.kind.${kind}`, {
        issues: formatList(tally.issues[kind].map(issueName), lang),
      }),
    )
    .join('; ');
}

/** The tooltip of a single-issue cell: the compromise set, or how far apart a conflict is. */
export function relationTip(relation: Relation, issue: Issue, lang: Lang): string {
  const label = (id: string) => pick(issue.outcomes.find((o) => o.id === id)?.label, lang) || id;
  switch (relation.kind) {
    case 'agree':
      return translate(lang, 'overlap.tip.agree', { outcome: label(relation.outcome) });
    case 'overlap':
      return translate(lang, 'overlap.tip.overlap', {
        list: formatList(relation.compromise.map(label), lang),
      });
    case 'conflict':
      if (relation.severity === undefined) return translate(lang, 'overlap.tip.conflict');
      return relation.severity === 1
        ? translate(lang, 'overlap.tip.conflictNear')
        : translate(lang, 'overlap.tip.conflictFar', { severity: relation.severity });
    case 'unknown':
      return translate(lang, 'overlap.tip.unknown');
  }
}

/** The caption's second sentence: how rows and columns are ordered. */
export function orderCaption(
  order: Order | undefined,
  parties: readonly string[],
  partyName: (id: string) => string,
  lang: Lang,
): string {
  if (order === 'name' || order === 'similarity')
    return translate(lang, `overlap.caption.${order}`);
  // A party that is not shown cannot lead: the order is then the given one (see orderParties).
  if (order && parties.includes(order.party))
    return translate(lang, 'overlap.caption.party', { party: partyName(order.party) });
  return translate(lang, 'overlap.caption.given');
}

/** The caption's first sentence: what is compared, as of when. */
export function scopeCaption(
  summed: boolean,
  issueNames: readonly string[],
  at: IsoDate,
  lang: Lang,
): string {
  const date = formatDate(at, lang);
  if (!summed) return translate(lang, 'matrix.overlapCaption', { issue: issueNames[0]!, date });
  return translate(
    lang,
    issueNames.length === 1 ? 'overlap.captionSummedOne' : 'overlap.captionSummed',
    { count: issueNames.length, issues: formatList(issueNames, lang), date },
  );
}
