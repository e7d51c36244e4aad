import type { MessageKey, Params } from '../i18n/i18n';
import type { Dataset, Localized } from '../model/types';
import { loadError, type LoadError, type PathPart } from './load-error';

/**
 * Checks what a schema cannot: ids unique per kind, every reference resolves, positions are
 * consistent, dates lie on or before `asOf`, and every text exists in every declared language.
 */
export function crossCheck(d: Dataset): LoadError[] {
  const errors: LoadError[] = [];
  const add = (path: PathPart[], key: MessageKey, params?: Params) =>
    errors.push(loadError(path, key, params));

  const parties = uniqueIds(d.parties, ['parties'], 'parties', errors);
  const issues = uniqueIds(d.issues, ['issues'], 'issues', errors);
  const sources = uniqueIds(d.sources, ['sources'], 'sources', errors);
  const plans = uniqueIds(d.plans, ['plans'], 'plans', errors);
  uniqueIds(d.statements, ['statements'], 'statements', errors);
  uniqueIds(d.events, ['events'], 'events', errors);
  uniqueIds(d.tour ?? [], ['tour'], 'tour', errors);

  const speakersOf = new Map<string, Set<string>>();
  d.parties.forEach((p, i) =>
    speakersOf.set(p.id, uniqueIds(p.speakers, ['parties', i, 'speakers'], 'speakers', errors)),
  );
  const outcomesOf = new Map<string, Set<string>>();
  d.issues.forEach((issue, i) =>
    outcomesOf.set(
      issue.id,
      uniqueIds(issue.outcomes, ['issues', i, 'outcomes'], 'outcomes', errors),
    ),
  );

  const ref = (path: PathPart[], set: Set<string>, kind: string, id: string | undefined) => {
    if (id !== undefined && !set.has(id)) add(path, 'validation.unknownRef', { kind, id });
  };
  const notAfterAsOf = (path: PathPart[], date: string) => {
    if (date > d.asOf) add(path, 'validation.afterAsOf', { date, asOf: d.asOf });
  };
  const outcomeRefs = (path: PathPart[], issue: string, ids: readonly string[] | undefined) => {
    const known = outcomesOf.get(issue);
    if (!known) return;
    ids?.forEach((id, k) => {
      if (!known.has(id)) add([...path, k], 'validation.outcome', { issue, id });
    });
  };

  d.statements.forEach((s, i) => {
    const at: PathPart[] = ['statements', i];
    ref([...at, 'party'], parties, 'party', s.party);
    const speakers = speakersOf.get(s.party);
    if (s.speaker !== undefined && speakers && !speakers.has(s.speaker))
      add([...at, 'speaker'], 'validation.speakerParty', { id: s.speaker, party: s.party });
    ref([...at, 'issue'], issues, 'issue', s.issue);
    outcomeRefs([...at, 'accepts'], s.issue, s.accepts);
    outcomeRefs([...at, 'rejects'], s.issue, s.rejects);
    if (s.prefers !== undefined) {
      if (outcomesOf.has(s.issue) && !outcomesOf.get(s.issue)?.has(s.prefers))
        add([...at, 'prefers'], 'validation.outcome', { issue: s.issue, id: s.prefers });
      else if (!s.accepts.includes(s.prefers))
        add([...at, 'prefers'], 'validation.prefersNotAccepted', { id: s.prefers });
    }
    const rejected = new Set(s.rejects ?? []);
    s.accepts.forEach((id, k) => {
      if (rejected.has(id)) add([...at, 'accepts', k], 'validation.acceptsAndRejects', { id });
    });
    s.sources.forEach((id, k) => ref([...at, 'sources', k], sources, 'source', id));
    notAfterAsOf([...at, 'date'], s.date);
  });

  checkViaChains(d, sources, errors);

  d.events.forEach((e, i) => {
    const at: PathPart[] = ['events', i];
    e.parties?.forEach((id, k) => ref([...at, 'parties', k], parties, 'party', id));
    e.sources?.forEach((id, k) => ref([...at, 'sources', k], sources, 'source', id));
    if (e.endDate !== undefined && e.endDate < e.date)
      add([...at, 'endDate'], 'validation.endBeforeStart');
    notAfterAsOf([...at, 'date'], e.date);
  });

  d.plans.forEach((p, i) => {
    const at: PathPart[] = ['plans', i];
    ref([...at, 'proposer'], parties, 'party', p.proposer);
    p.terms.forEach((term, k) => {
      ref([...at, 'terms', k, 'issue'], issues, 'issue', term.issue);
      // A deal has one term per issue; a second one could not be written into a link.
      if (p.terms.findIndex((other) => other.issue === term.issue) < k)
        add([...at, 'terms', k, 'issue'], 'validation.duplicateTerm', { issue: term.issue });
      outcomeRefs([...at, 'terms', k, 'outcomes'], term.issue, term.outcomes);
    });
    p.sources.forEach((id, k) => ref([...at, 'sources', k], sources, 'source', id));
    notAfterAsOf([...at, 'date'], p.date);
  });

  d.tour?.forEach((step, i) => {
    const at: PathPart[] = ['tour', i, 'state'];
    step.state.parties?.forEach((id, k) => ref([...at, 'parties', k], parties, 'party', id));
    step.state.issues?.forEach((id, k) => ref([...at, 'issues', k], issues, 'issue', id));
    ref([...at, 'plan'], plans, 'plan', step.state.plan);
    if (step.state.focus !== undefined) {
      const [party = '', issue = ''] = step.state.focus.split(':');
      if (!parties.has(party) || !issues.has(issue))
        add([...at, 'focus'], 'validation.unknownRef', {
          kind: 'focus',
          id: step.state.focus,
        });
    }
  });

  checkLanguages(d, errors);
  return errors;
}

function uniqueIds(
  items: readonly { id: string }[],
  path: PathPart[],
  kind: string,
  errors: LoadError[],
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      errors.push(loadError([...path, i, 'id'], 'validation.duplicateId', { id: item.id, kind }));
    seen.add(item.id);
  });
  return seen;
}

function checkViaChains(d: Dataset, ids: Set<string>, errors: LoadError[]): void {
  const via = new Map(d.sources.map((s) => [s.id, s.via]));
  d.sources.forEach((s, i) => {
    if (s.via === undefined) return;
    if (!ids.has(s.via)) {
      errors.push(
        loadError(['sources', i, 'via'], 'validation.unknownRef', { kind: 'source', id: s.via }),
      );
      return;
    }
    const seen = new Set([s.id]);
    for (let next: string | undefined = s.via; next !== undefined; next = via.get(next)) {
      if (seen.has(next)) {
        errors.push(loadError(['sources', i, 'via'], 'validation.viaCycle'));
        return;
      }
      seen.add(next);
    }
  });
}

function checkLanguages(d: Dataset, errors: LoadError[]): void {
  const need = (path: PathPart[], text: Localized | undefined, except?: string) => {
    if (!text) return;
    for (const lang of d.languages) {
      if (lang !== except && !Object.hasOwn(text, lang))
        errors.push(loadError(path, 'validation.missingLanguage', { lang }));
    }
  };
  need(['title'], d.title);
  need(['description'], d.description);
  d.parties.forEach((p, i) => {
    need(['parties', i, 'name'], p.name);
    p.speakers.forEach((s, k) => need(['parties', i, 'speakers', k, 'role'], s.role));
  });
  d.issues.forEach((issue, i) => {
    need(['issues', i, 'name'], issue.name);
    need(['issues', i, 'question'], issue.question);
    issue.outcomes.forEach((o, k) => {
      need(['issues', i, 'outcomes', k, 'label'], o.label);
      need(['issues', i, 'outcomes', k, 'description'], o.description);
    });
  });
  d.statements.forEach((s, i) => {
    need(['statements', i, 'summary'], s.summary);
    if (s.quote)
      need(['statements', i, 'quote', 'translations'], s.quote.translations ?? {}, s.quote.lang);
  });
  d.events.forEach((e, i) => {
    need(['events', i, 'title'], e.title);
    need(['events', i, 'summary'], e.summary);
  });
  d.plans.forEach((p, i) => {
    need(['plans', i, 'title'], p.title);
    need(['plans', i, 'summary'], p.summary);
    p.terms.forEach((term, k) => need(['plans', i, 'terms', k, 'note'], term.note));
  });
  d.tour?.forEach((step, i) => {
    need(['tour', i, 'title'], step.title);
    need(['tour', i, 'body'], step.body);
    need(['tour', i, 'question'], step.question);
  });
  d.changelog?.forEach((c, i) => need(['changelog', i, 'changes'], c.changes));
}
