import { useId, useMemo } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { viewSummaryText } from './summary-text';
import type { ViewSummaryInput } from './summary-text';
import './view-summary.css';

export interface ViewSummaryProps {
  /** The sentences to show, e.g. from `useViewSummaryText`. */
  readonly text: string;
  /** Heading level; default 2. */
  readonly level?: 2 | 3;
}

/**
 * The plain-language summary of the current view under a small "Summary" heading. The text is a
 * polite live region, so a screen reader hears it when the date or selection changes it; React
 * leaves the DOM alone when the text is the same, so identical text is never announced again.
 */
export function ViewSummary({ text, level = 2 }: ViewSummaryProps) {
  const { t } = useI18n();
  const headingId = useId();
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <section className="view-summary" aria-labelledby={headingId}>
      <Heading id={headingId} className="view-summary-heading">
        {t('summary.heading')}
      </Heading>
      <p className="view-summary-text" aria-live="polite" aria-atomic="true">
        {text}
      </p>
    </section>
  );
}

/**
 * The summary text for a view in the active language, recomputed only when an input changes
 * (pass stable arrays, as `useEffectiveView` does).
 */
export function useViewSummaryText(input: ViewSummaryInput): string {
  const { lang } = useI18n();
  const { index, mode, parties, issues, overlapIssue, at, compare, rel } = input;
  return useMemo(
    () => viewSummaryText({ index, mode, parties, issues, overlapIssue, at, compare, rel }, lang),
    [index, mode, parties, issues, overlapIssue, at, compare, rel, lang],
  );
}
