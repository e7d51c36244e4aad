import { formatDate, formatList, translate } from '../../i18n/i18n';
import type { IssueFacts, PositionsFacts } from '../../model/summary';
import { pluralForm } from '../../i18n/words';
import { cappedList, num, outcomeList, partiesPhrase } from './summary-words';
import type { Names } from './summary-words';

/**
 * Whether naming the blockers says something: when every party with a position blocks alone
 * (always so for two parties in conflict), it only restates "no common ground".
 */
const tellingBlockers = (f: IssueFacts) =>
  f.status === 'blocked' && f.blockers.length < f.known.length;

/** "Russia blocks it" / "Russia and Hungary each block it". */
function blockText(blockers: readonly string[], names: Names): string {
  return translate(names.lang, `summary.pos.blocks.${pluralForm(blockers.length, names.lang)}`, {
    list: formatList(blockers.map(names.party), names.lang),
  });
}

function noPosition(unknown: readonly string[], names: Names): string[] {
  if (unknown.length === 0) return [];
  return [
    translate(names.lang, 'summary.noPosition', {
      list: cappedList(unknown.map(names.party), 'parties', names.lang),
    }),
  ];
}

/** One selected party, one issue: what it accepts, or that it has said nothing. */
function singleOnIssue(f: IssueFacts, party: string, date: string, names: Names): string {
  const params = { date, party: names.party(party), issue: names.issue(f.issue) };
  if (f.known.length === 0) return translate(names.lang, 'summary.one.singleNone', params);
  if (f.outcomes.length === 0) return translate(names.lang, 'summary.one.singleRedLines', params);
  const outcomes = outcomeList(f.issue, f.outcomes, names);
  return translate(names.lang, 'summary.one.singleAccepts', { ...params, outcomes });
}

/** Several parties, one issue: the common ground, who blocks it, or who has said nothing. */
function partiesOnIssue(f: IssueFacts, date: string, names: Names): string[] {
  const { lang } = names;
  const issue = names.issue(f.issue);
  if (f.status === 'few') {
    if (f.known.length === 0) return [translate(lang, 'summary.one.nobody', { date, issue })];
    const party = names.party(f.known[0]!);
    return [translate(lang, 'summary.one.onlyOne', { date, issue, party })];
  }
  const parties = partiesPhrase(f.known, names, f.unknown.length > 0);
  const params = { date, issue, parties };
  let lead: string;
  if (f.status === 'common') {
    const key = f.known.length === 2 ? 'summary.one.commonBoth' : 'summary.one.commonAll';
    lead = translate(lang, key, { ...params, outcomes: outcomeList(f.issue, f.outcomes, names) });
  } else if (tellingBlockers(f)) {
    lead = translate(lang, 'summary.one.blocked', {
      ...params,
      reason: blockText(f.blockers, names),
    });
  } else {
    const key = f.status === 'deadlock' ? 'summary.one.deadlock' : 'summary.one.none';
    lead = translate(lang, key, params);
  }
  return [lead, ...noPosition(f.unknown, names)];
}

/** "“A” on X" for each issue, capped. */
function acceptedItems(issues: readonly IssueFacts[], tail: 'accepted' | 'outcomes', names: Names) {
  const items = issues.map((f) =>
    translate(names.lang, 'summary.pos.item', {
      outcomes: outcomeList(f.issue, f.outcomes, names),
      issue: names.issue(f.issue),
    }),
  );
  return cappedList(items, tail, names.lang);
}

/** A list of issue names, capped, with the message variant for how many there are. */
function issueList(issues: readonly IssueFacts[], names: Names) {
  return {
    form: pluralForm(issues.length, names.lang),
    issues: cappedList(
      issues.map((f) => names.issue(f.issue)),
      'issues',
      names.lang,
    ),
  };
}

/** One party, several issues: on how many it has a position, what it accepts, where it is silent. */
function singleParty(facts: PositionsFacts, date: string, names: Names): string[] {
  const { lang } = names;
  const party = names.party(facts.parties[0]!);
  const withPosition = facts.issues.filter((f) => f.known.length > 0);
  const [count, total] = [withPosition.length, facts.issues.length];
  const key =
    count === 0
      ? 'summary.pos.singleNone'
      : count === total
        ? 'summary.pos.singleAll'
        : 'summary.pos.single';
  const sentences = [
    translate(lang, key, { date, party, count: num(count, lang), total: num(total, lang) }),
  ];
  const accepting = withPosition.filter((f) => f.outcomes.length > 0);
  if (accepting.length > 0) {
    const items = acceptedItems(accepting, 'outcomes', names);
    sentences.push(translate(lang, 'summary.pos.singleAccepts', { party, items }));
  }
  const silent = facts.issues.filter((f) => f.known.length === 0);
  if (silent.length > 0 && count > 0) {
    const { form, issues } = issueList(silent, names);
    sentences.push(translate(lang, `summary.pos.singleSilent.${form}`, { issues }));
  }
  return sentences;
}

function tallySentence(facts: PositionsFacts, date: string, names: Names): string {
  const { common, total } = facts.totals;
  const key =
    common === 0
      ? 'summary.pos.tallyNone'
      : common === total
        ? 'summary.pos.tallyAll'
        : 'summary.pos.tally';
  return translate(names.lang, key, {
    date,
    parties: partiesPhrase(facts.parties, names),
    count: num(common, names.lang),
    total: num(total, names.lang),
  });
}

function commonSentence(facts: PositionsFacts, names: Names): string[] {
  const common = facts.issues.filter((f) => f.status === 'common');
  if (common.length === 0) return [];
  const items = acceptedItems(common, 'accepted', names);
  const n = facts.parties.length;
  if (common.some((f) => f.known.length < n))
    return [translate(names.lang, 'summary.pos.acceptKnown', { items })];
  if (n === 2) return [translate(names.lang, 'summary.pos.acceptBoth', { items })];
  return [translate(names.lang, 'summary.pos.acceptAll', { count: num(n, names.lang), items })];
}

function withoutItem(f: IssueFacts, names: Names): string {
  const issue = names.issue(f.issue);
  if (f.status === 'deadlock') {
    const reason = translate(names.lang, 'summary.pos.deadlocked');
    return translate(names.lang, 'summary.pos.withoutItem', { issue, reason });
  }
  if (!tellingBlockers(f)) return issue;
  const reason = blockText(f.blockers, names);
  return translate(names.lang, 'summary.pos.withoutItem', { issue, reason });
}

/** Issues without common ground; those a named party blocks first, as they say the most. */
function withoutSentence(facts: PositionsFacts, names: Names): string[] {
  const { lang } = names;
  const without = [
    ...facts.issues.filter(tellingBlockers),
    ...facts.issues.filter((f) => f.status === 'blocked' && !tellingBlockers(f)),
    ...facts.issues.filter((f) => f.status === 'deadlock'),
  ];
  if (without.length === 0) return [];
  const items = cappedList(
    without.map((f) => withoutItem(f, names)),
    'issues',
    lang,
  );
  return [translate(lang, `summary.pos.without.${pluralForm(without.length, lang)}`, { items })];
}

/** Issues where fewer than two have a position; else who has said nothing where. */
function gapsSentence(facts: PositionsFacts, names: Names): string[] {
  const { lang } = names;
  const few = facts.issues.filter((f) => f.status === 'few');
  if (few.length > 0) {
    const { form, issues } = issueList(few, names);
    return [translate(lang, `summary.pos.few.${form}`, { issues })];
  }
  if (facts.silent.length === 0) return [];
  const items = facts.silent.map(({ party, issues }) =>
    translate(lang, `summary.pos.silentItem.${pluralForm(issues.length, lang)}`, {
      party: names.party(party),
      count: num(issues.length, lang),
    }),
  );
  return [translate(lang, 'summary.pos.silent', { list: cappedList(items, 'parties', lang) })];
}

/**
 * The positions view in one to four sentences: how many issues have common ground, what everyone
 * accepts, where there is none and who blocks it, and where positions are missing. One issue or
 * one party gets its own, more direct wording.
 */
export function positionsSentences(facts: PositionsFacts, names: Names): string[] {
  const { lang } = names;
  if (facts.parties.length === 0 || facts.issues.length === 0)
    return [translate(lang, 'summary.empty')];
  const date = formatDate(facts.asOf, lang);
  if (facts.issues.length === 1) {
    const f = facts.issues[0]!;
    return facts.parties.length === 1
      ? [singleOnIssue(f, facts.parties[0]!, date, names)]
      : partiesOnIssue(f, date, names);
  }
  if (facts.parties.length === 1) return singleParty(facts, date, names);
  return [
    tallySentence(facts, date, names),
    ...commonSentence(facts, names),
    ...withoutSentence(facts, names),
    ...gapsSentence(facts, names),
  ];
}
