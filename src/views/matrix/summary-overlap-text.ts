import { formatDate, formatList, translate } from '../../i18n/i18n';
import { RELATION_KINDS } from '../../model/overlap-sum';
import type { Relation } from '../../model/relation';
import type { OverlapFacts, PairFacts } from '../../model/summary';
import { pluralForm } from '../../i18n/words';
import { cappedList, num, outcomeList } from './summary-words';
import type { Names } from './summary-words';

/** The kinds a summary lists pair by pair; unknown pairs are only counted. */
const LISTED = ['agree', 'overlap', 'conflict'] as const;

/** Two parties on one issue, in one sentence that says why. */
function pairSentence(
  relation: Relation,
  pair: PairFacts,
  issue: string,
  date: string,
  names: Names,
) {
  const { lang } = names;
  const params = {
    date,
    issue: names.issue(issue),
    a: names.party(pair.a),
    b: names.party(pair.b),
  };
  switch (relation.kind) {
    case 'agree':
      return translate(lang, 'summary.ov.pairAgree', {
        ...params,
        outcome: names.outcome(issue, relation.outcome),
      });
    case 'overlap':
      return translate(lang, 'summary.ov.pairOverlap', {
        ...params,
        outcomes: outcomeList(issue, relation.compromise, names),
      });
    case 'conflict':
      if (relation.severity === undefined)
        return translate(lang, 'summary.ov.pairConflict', params);
      return relation.severity === 1
        ? translate(lang, 'summary.ov.pairConflictNear', params)
        : translate(lang, 'summary.ov.pairConflictFar', {
            ...params,
            severity: num(relation.severity, lang),
          });
    case 'unknown':
      return translate(lang, 'summary.ov.pairUnknown', params);
  }
}

/** "1 pair agrees, 2 pairs overlap and 3 pairs are in conflict" (summed: "mostly …"). */
function countList(facts: OverlapFacts, summed: boolean, names: Names): string {
  const { lang } = names;
  const key = summed ? 'countSummed' : 'count';
  const parts = RELATION_KINDS.filter((kind) => facts.groups[kind].length > 0).map((kind) => {
    const n = facts.groups[kind].length;
    return translate(lang, `summary.ov.${key}.${kind}.${pluralForm(n, lang)}`, {
      count: num(n, lang),
    });
  });
  return formatList(parts, lang);
}

/** "Agree: North – South. In conflict: …" — the pairs of each kind, capped. */
function groupSentences(facts: OverlapFacts, summed: boolean, names: Names): string[] {
  const { lang } = names;
  const key = summed ? 'groupSummed' : 'group';
  return LISTED.filter((kind) => facts.groups[kind].length > 0).map((kind) => {
    const pairs = facts.groups[kind].map((p) =>
      translate(lang, 'summary.pair', { a: names.party(p.a), b: names.party(p.b) }),
    );
    return translate(lang, `summary.ov.${key}.${kind}`, {
      pairs: cappedList(pairs, 'pairs', lang),
    });
  });
}

/** Two parties summed over issues: how many issues of each kind, then which ones. */
function pairSummedSentences(facts: OverlapFacts, pair: PairFacts, date: string, names: Names) {
  const { lang } = names;
  const tally = pair.tally!;
  const pairParams = { date, a: names.party(pair.a), b: names.party(pair.b) };
  const total = num(facts.issues.length, lang);
  if (pair.kind === 'unknown')
    return [translate(lang, 'summary.ov.pairSummedUnknown', { ...pairParams, total })];
  const parts = RELATION_KINDS.filter((kind) => tally.counts[kind] > 0).map((kind) =>
    translate(lang, `summary.ov.pairPart.${kind}`, { count: num(tally.counts[kind], lang) }),
  );
  const lead = translate(lang, 'summary.ov.pairSummed', {
    ...pairParams,
    list: formatList(parts, lang),
    total,
  });
  const details = LISTED.filter((kind) => tally.counts[kind] > 0).map((kind) =>
    translate(lang, `summary.ov.pairIssues.${kind}`, {
      issues: cappedList(tally.issues[kind].map(names.issue), 'issues', lang),
    }),
  );
  return [lead, ...details];
}

/**
 * The overlap view in one to four sentences. Two parties: how they relate (on one issue, and
 * why; summed, on how many issues of each kind and which). More parties: how many pairs fall in
 * each kind, then the pairs of each kind — summed, by their dominant kind ("mostly …").
 */
export function overlapSentences(facts: OverlapFacts, names: Names): string[] {
  const { lang } = names;
  if (facts.parties.length === 0 || facts.issues.length === 0)
    return [translate(lang, 'summary.empty')];
  if (facts.parties.length === 1) return [translate(lang, 'summary.ov.fewParties')];
  const date = formatDate(facts.asOf, lang);
  const summed = facts.issue === undefined;
  const [first] = facts.pairs;
  if (facts.pairs.length === 1 && first) {
    return summed
      ? pairSummedSentences(facts, first, date, names)
      : [pairSentence(first.relation!, first, facts.issues[0]!, date, names)];
  }
  const list = countList(facts, summed, names);
  const lead = summed
    ? translate(lang, 'summary.ov.countsSummed', {
        date,
        total: num(facts.issues.length, lang),
        list,
      })
    : translate(lang, 'summary.ov.counts', { date, issue: names.issue(facts.issues[0]!), list });
  return [lead, ...groupSentences(facts, summed, names)];
}
