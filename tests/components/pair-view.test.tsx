import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import type { Lang } from '../../src/i18n/i18n';
import { I18nContext, makeI18n } from '../../src/i18n/use-i18n';
import { buildIndex } from '../../src/model/dataset-index';
import type { IsoDate } from '../../src/model/types';
import { PairView } from '../../src/views/pair/PairView';
import type { PairViewProps } from '../../src/views/pair/PairView';
import { miniDataset } from '../fixtures/mini-dataset';

const validated = validateDataset(miniDataset());
if (!validated.ok) throw new Error('the mini dataset must be valid');
const index = buildIndex(validated.dataset);

function renderPair(props: Partial<PairViewProps> = {}, lang: Lang = 'en') {
  const onPair = vi.fn();
  const onSelect = vi.fn();
  const all: PairViewProps = {
    index,
    parties: ['north', 'south', 'league'],
    issues: ['border', 'alliance'],
    pair: ['north', 'south'],
    at: '2024-06-14' as IsoDate,
    rel: 'reported',
    onPair,
    onSelect,
    ...props,
  };
  const node: ReactNode = (
    <I18nContext.Provider value={makeI18n(lang)}>
      <PairView {...all} />
    </I18nContext.Provider>
  );
  return { ...render(node), onPair, onSelect };
}

const segments = () =>
  within(screen.getByRole('group', { name: 'North and South over time, by issue' }))
    .getAllByRole('button')
    .map((b) => b.getAttribute('aria-label'));

describe('PairView', () => {
  it('names every segment with the pair, issue, kind and dates', () => {
    renderPair();
    expect(screen.getByRole('region', { name: 'Pair view' })).toBeInTheDocument();
    expect(segments()).toEqual([
      'North and South on Border: conflict from 1 March 2022 to 13 June 2024',
      'North and South on Border: conflict from 14 June 2024 to 31 December 2024',
      'North and South on Alliance: unknown from 1 March 2022 to 31 December 2024',
    ]);
    const first = screen.getByRole('button', { name: /conflict from 1 March 2022/ });
    expect(first.querySelector('title')).toHaveTextContent(
      'North and South on Border: conflict from 1 March 2022 to 13 June 2024 — distance at the closest point: 2',
    );
    expect(first).toHaveClass('pair-seg--conflict');
  });

  it('follows the reliability filter', () => {
    renderPair({ rel: 'official' });
    expect(segments()).toEqual([
      'North and South on Border: unknown from 1 March 2022 to 31 December 2024',
      'North and South on Alliance: unknown from 1 March 2022 to 31 December 2024',
    ]);
  });

  it('calls onPair when a party is chosen, swapping rather than pairing a party with itself', async () => {
    const user = userEvent.setup();
    const { onPair } = renderPair();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Second party' }), 'league');
    expect(onPair).toHaveBeenLastCalledWith(['north', 'league']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'First party' }), 'south');
    expect(onPair).toHaveBeenLastCalledWith(['south', 'north']);
  });

  it('has one tab stop; arrows move between segments and Enter selects', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderPair();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(/Border: conflict from 1 March 2022/);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName(/Border: conflict from 14 June 2024/);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(/Alliance: unknown/);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith({ party: 'north', issue: 'alliance' });
    await user.click(screen.getByRole('button', { name: /Border: conflict from 14 June/ }));
    expect(onSelect).toHaveBeenLastCalledWith({ party: 'north', issue: 'border' });
  });

  it('tells the history in sentences', () => {
    renderPair({ pair: ['north', 'league'] });
    const list = screen.getByRole('heading', { name: 'What changed' }).nextElementSibling!;
    expect(
      within(list as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['On 20 November 2024, North and League moved from unknown to overlap on Alliance.']);
    renderPair({ pair: ['south', 'league'], issues: ['border'] });
    expect(
      screen.getByText('No change of relation between South and League on these issues.'),
    ).toBeInTheDocument();
  });

  it('defaults to the first two selected parties and says so; needs two parties', () => {
    const { unmount } = renderPair({ pair: undefined, parties: ['south', 'league', 'north'] });
    expect(
      screen.getByText(
        'Showing the first two selected parties, South and League; choose others above.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'First party' })).toHaveValue('south');
    unmount();
    renderPair({ pair: undefined, parties: ['north'] });
    expect(
      screen.getByText('Choose at least two parties to compare them over time.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('speaks German', () => {
    renderPair({ pair: ['north', 'league'] }, 'de');
    expect(screen.getByRole('region', { name: 'Paarvergleich' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Nord und Liga zu Bündnis: Überschneidung vom 20. November 2024 bis zum 31. Dezember 2024',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Am 20. November 2024 wechselten Nord und Liga bei „Bündnis“ von „unbekannt“ zu „Überschneidung“.',
      ),
    ).toBeInTheDocument();
  });
});
