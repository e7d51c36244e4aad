import '../../i18n/en-deal';
import { memo, useId } from 'react';
import { pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DealTerm } from '../../model/deal';
import { sameOutcomes } from '../../model/deal-compare';
import { termChoices, type TermChoice } from '../../model/deal-terms';
import type { Issue } from '../../model/types';
import { formatOr, outcomeLabel } from './deal-text';

export interface TermEditorProps {
  readonly issues: readonly Issue[];
  readonly terms: readonly DealTerm[];
  /** The plan's terms, for its several-outcome choices; empty from scratch. */
  readonly planTerms: readonly DealTerm[];
  /** Called with the issue and its new outcomes (empty: no term). */
  readonly onChange: (issue: string, outcomes: readonly string[]) => void;
}

/** One select per issue of the dataset: "No term", each outcome, and any several-outcome term. */
export const TermEditor = memo(function TermEditor(props: TermEditorProps) {
  const { issues, terms, planTerms, onChange } = props;
  const { t } = useI18n();
  const hintId = useId();
  return (
    <section className="deal-terms" aria-labelledby={`${hintId}-h`}>
      <h2 id={`${hintId}-h`}>{t('deal.terms')}</h2>
      <p id={hintId} className="deal-hint">
        {t('deal.termsHint')} {t('deal.termsCount', { count: terms.length, total: issues.length })}
      </p>
      <ul className="deal-term-list">
        {issues.map((issue) => (
          <TermSelect
            key={issue.id}
            issue={issue}
            current={terms.find((x) => x.issue === issue.id)}
            planTerm={planTerms.find((x) => x.issue === issue.id)}
            onChange={onChange}
          />
        ))}
      </ul>
    </section>
  );
});

interface TermSelectProps {
  readonly issue: Issue;
  readonly current: DealTerm | undefined;
  readonly planTerm: DealTerm | undefined;
  readonly onChange: (issue: string, outcomes: readonly string[]) => void;
}

const valueOf = (outcomes: readonly string[]) => outcomes.join('.');

function TermSelect({ issue, current, planTerm, onChange }: TermSelectProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const choices = termChoices(issue, planTerm, current);
  const label = (c: TermChoice) => {
    if (c.kind === 'single') return outcomeLabel(issue, c.outcomes[0]!, lang);
    const list = formatOr(
      c.outcomes.map((o) => outcomeLabel(issue, o, lang)),
      lang,
    );
    return t(c.kind === 'plan' ? 'deal.anyOfPlan' : 'deal.anyOf', { list });
  };
  // A link may list a term's outcomes in another order: it still shows as its choice.
  const match = current && choices.find((c) => sameOutcomes(current, { ...current, ...c }));
  const questionId = `${id}-q`;
  return (
    <li className={current ? 'deal-term-item deal-term-set' : 'deal-term-item'}>
      <label htmlFor={id} className="deal-term-label">
        {pick(issue.name, lang)}
      </label>
      <span id={questionId} className="deal-term-question">
        {pick(issue.question, lang)}
      </span>
      <select
        id={id}
        value={match ? valueOf(match.outcomes) : ''}
        aria-describedby={questionId}
        onChange={(e) => onChange(issue.id, e.target.value ? e.target.value.split('.') : [])}
      >
        <option value="">{t('deal.noTerm')}</option>
        {choices.map((c) => (
          <option key={`${c.kind}:${valueOf(c.outcomes)}`} value={valueOf(c.outcomes)}>
            {label(c)}
          </option>
        ))}
      </select>
    </li>
  );
}
