import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { validateDataset } from '../../src/data/validate';
import type { Lang } from '../../src/i18n/i18n';
import { I18nContext, makeI18n } from '../../src/i18n/use-i18n';
import { buildIndex } from '../../src/model/dataset-index';
import type { IsoDate } from '../../src/model/types';
import type { ViewSummaryInput } from '../../src/views/matrix/summary-text';
import { useViewSummaryText, ViewSummary } from '../../src/views/matrix/ViewSummary';
import { miniDataset } from '../fixtures/mini-dataset';

const validated = validateDataset(miniDataset());
if (!validated.ok) throw new Error('the mini dataset must be valid');
const index = buildIndex(validated.dataset);
const PARTIES = ['north', 'south'];
const ISSUES = ['border'];

function withLang(lang: Lang, node: ReactNode) {
  return <I18nContext.Provider value={makeI18n(lang)}>{node}</I18nContext.Provider>;
}

/** What the explorer does: build the text for the view, hand it to the dumb component. */
function Harness({ at, mode = 'positions' }: { at: string; mode?: ViewSummaryInput['mode'] }) {
  const text = useViewSummaryText({
    index,
    mode,
    parties: PARTIES,
    issues: ISSUES,
    overlapIssue: 'border',
    at: at as IsoDate,
  });
  return <ViewSummary text={text} />;
}

describe('ViewSummary', () => {
  it('is a region named by its heading, with the text in a polite live region', () => {
    render(withLang('en', <ViewSummary text="All is well." />));
    const region = screen.getByRole('region', { name: 'Summary' });
    expect(screen.getByRole('heading', { name: 'Summary', level: 2 })).toBeInTheDocument();
    const text = region.querySelector('p')!;
    expect(text).toHaveTextContent('All is well.');
    expect(text).toHaveAttribute('aria-live', 'polite');
    expect(text).toHaveAttribute('aria-atomic', 'true');
  });

  it('speaks German and takes another heading level', () => {
    render(withLang('de', <ViewSummary text="Alles gut." level={3} />));
    expect(screen.getByRole('region', { name: 'Zusammenfassung' })).toHaveTextContent('Alles gut.');
    expect(screen.getByRole('heading', { name: 'Zusammenfassung', level: 3 })).toBeInTheDocument();
  });

  it('leaves the live text alone when it does not change, so it is not announced again', () => {
    const { rerender } = render(withLang('en', <ViewSummary text="Same." />));
    const node = screen.getByText('Same.').firstChild;
    rerender(withLang('en', <ViewSummary text="Same." />));
    expect(screen.getByText('Same.').firstChild).toBe(node);
  });

  it('follows the date and the mode through useViewSummaryText', () => {
    const { rerender } = render(withLang('en', <Harness at="2022-03-15" />));
    const region = screen.getByRole('region', { name: 'Summary' });
    expect(region).toHaveTextContent(
      'As of 15 March 2022, North and South have no common ground on Border.',
    );
    rerender(withLang('en', <Harness at="2024-06-14" />));
    expect(region).toHaveTextContent(
      'As of 14 June 2024, North and South have no common ground on Border.',
    );
    rerender(withLang('de', <Harness at="2024-06-14" mode="overlap" />));
    expect(screen.getByRole('region', { name: 'Zusammenfassung' })).toHaveTextContent(
      'Stand 14. Juni 2024: Beim Thema Grenze stehen Nord und Süd im Konflikt',
    );
  });
});
