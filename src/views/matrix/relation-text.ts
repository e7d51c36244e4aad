import { formatList, pick, translate, type Lang } from '../../i18n/i18n';
import type { Relation } from '../../model/relation';
import type { Issue } from '../../model/types';

/** The full sentence for a relation: what a screen reader hears and the tooltip shows. */
export function describeRelation(relation: Relation, issue: Issue, lang: Lang): string {
  const label = (id: string) => pick(issue.outcomes.find((o) => o.id === id)?.label, lang) || id;
  switch (relation.kind) {
    case 'agree':
      return translate(lang, 'relation.agree', { outcome: label(relation.outcome) });
    case 'overlap':
      return translate(lang, 'relation.overlap', {
        list: formatList(relation.compromise.map(label), lang),
      });
    case 'conflict':
      return relation.severity === undefined
        ? translate(lang, 'relation.conflict')
        : translate(lang, 'relation.conflictSeverity', { severity: relation.severity });
    case 'unknown':
      return translate(lang, 'relation.unknown');
  }
}

/** A symbol that carries the kind without colour: = agree, ∩ overlap, ✕ conflict, ? unknown. */
export const RELATION_SYMBOL: Record<Relation['kind'], string> = {
  agree: '=',
  overlap: '∩',
  conflict: '✕',
  unknown: '?',
};
