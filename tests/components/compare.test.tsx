import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { vi } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import type { Lang } from '../../src/i18n/i18n';
import { I18nContext, makeI18n } from '../../src/i18n/use-i18n';
import { buildIndex } from '../../src/model/dataset-index';
import type { IsoDate } from '../../src/model/types';
import type { Focus } from '../../src/state/view-state';
import { ChangeList } from '../../src/views/compare/ChangeList';
import { CompareMatrix } from '../../src/views/compare/CompareMatrix';
import { compareDates } from '../../src/views/compare/compare-layout';
import { CompareControl } from '../../src/views/controls/CompareControl';
import { miniDataset } from '../fixtures/mini-dataset';

const result = validateDataset(miniDataset());
if (!result.ok) throw new Error('fixture invalid');
const index = buildIndex(result.dataset);
const d = (s: string) => s as IsoDate;
const PARTIES = ['north', 'south', 'league'];
const ISSUES = ['border', 'alliance'];

function renderCompare(
  at: string,
  compare: string,
  { lang = 'en' as Lang, focus = undefined as Focus | undefined } = {},
) {
  const onSelect = vi.fn();
  const comparison = compareDates(index, PARTIES, ISSUES, d(at), d(compare), 'reported');
  render(
    <I18nContext.Provider value={makeI18n(lang)}>
      <CompareMatrix index={index} comparison={comparison} focus={focus} onSelect={onSelect} />
      <ChangeList index={index} comparison={comparison} focus={focus} />
    </I18nContext.Provider>,
  );
  return { onSelect };
}

describe('the changes matrix', () => {
  it('keeps only the issues and parties with a change, and says how many were left out', () => {
    renderCompare('2024-12-31', '2024-07-01');
    const grid = screen.getByRole('grid', { name: 'Changes matrix' });
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Alliance']);
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Issue', 'League']);
    expect(
      within(grid).getByRole('gridcell', { name: /^League on Alliance: new: from “no position”/ }),
    ).toHaveTextContent('+ new');
    expect(
      screen.getByText('Changes between 1 July 2024 and 31 December 2024: 1 position changed.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Not shown, as nothing changed there: 1 issue and 2 parties.'),
    ).toBeInTheDocument();
  });

  it('types a known shift and shows both statements side by side, earlier first', () => {
    // The later date in `at` or in `compare`: the same reading either way.
    renderCompare('2022-12-31', '2024-07-01');
    const grid = screen.getByRole('grid', { name: 'Changes matrix' });
    const cell = within(grid).getByRole('gridcell', { name: /^South on Border: softened/ });
    expect(cell).toHaveTextContent('▼ softened');
    expect(cell).toHaveAttribute(
      'data-tip',
      'softened: from “prefers Old line; rejects New line; stated 1 March 2022” to ' +
        '“prefers Old line; accepts Front line; stated 14 June 2024”',
    );
    expect(
      within(grid).getByRole('gridcell', { name: 'North on Border: no change' }),
    ).toBeVisible();

    const article = screen.getByRole('article', { name: 'South · Border — softened' });
    const before = within(article).getByText('Before, as of 31 December 2022').parentElement!;
    const after = within(article).getByText('After, as of 1 July 2024').parentElement!;
    expect(before).toHaveTextContent('South wants the old line.');
    expect(before).toHaveTextContent('Reliability: on record');
    expect(before).toHaveTextContent('S. Leader, Prime minister');
    expect(within(before).getByText('Not one metre.')).toHaveAttribute('lang', 'en');
    expect(after).toHaveTextContent('South could accept a freeze.');
    expect(after).toHaveTextContent('Reliability: official');
    const link = within(after).getByRole('link', { name: 'Wire A' });
    expect(link).toHaveAttribute('href', 'https://example.org/a');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');

    const fresh = screen.getByRole('article', { name: 'North · Alliance — new' });
    expect(
      within(fresh).getByText('Before, as of 31 December 2022').parentElement,
    ).toHaveTextContent('no position');
  });

  it('shows the via chain by name and the translation of a quote in German', () => {
    renderCompare('2024-07-01', '2022-12-31', { lang: 'de' });
    const grid = screen.getByRole('grid', { name: 'Änderungsmatrix' });
    expect(
      within(grid).getByRole('gridcell', { name: /^Süd zu Grenze: aufgeweicht/ }),
    ).toBeVisible();
    const article = screen.getByRole('article', { name: 'Süd · Grenze — aufgeweicht' });
    expect(within(article).getByText('Keinen Meter.')).toBeInTheDocument();
    const fresh = screen.getByRole('article', { name: 'Nord · Bündnis — neu' });
    expect(fresh).toHaveTextContent('Aggregator B (Nachrichtensammler) über Paper B über Wire C');
    expect(
      screen.getByText(
        /Änderungen zwischen 31\. Dezember 2022 und 1\. Juli 2024: 2 Positionen geändert/,
      ),
    ).toBeInTheDocument();
  });

  it('moves with the arrow keys, Home and End, and selects with Enter', async () => {
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      const user = userEvent.setup();
      const { onSelect } = renderCompare('2022-12-31', '2024-12-31');
      const grid = screen.getByRole('grid', { name: 'Changes matrix' });
      const cells = within(grid).getAllByRole('gridcell');
      expect(cells.filter((c) => c.tabIndex === 0)).toHaveLength(1);
      await user.tab();
      expect(cells[0]).toHaveFocus();
      await user.keyboard('{ArrowRight}');
      expect(within(grid).getByRole('gridcell', { name: /^South on Border/ })).toHaveFocus();
      await user.keyboard('{End}');
      expect(within(grid).getByRole('gridcell', { name: /^League on Border/ })).toHaveFocus();
      await user.keyboard('{ArrowDown}');
      const league = within(grid).getByRole('gridcell', { name: /^League on Alliance: new/ });
      expect(league).toHaveFocus();
      expect(league.tabIndex).toBe(0);
      await user.keyboard('{Home}');
      expect(within(grid).getByRole('gridcell', { name: /^North on Alliance/ })).toHaveFocus();
      await user.keyboard('{End}{Enter}');
      expect(onSelect).toHaveBeenLastCalledWith({ party: 'league', issue: 'alliance' });
      const entry = screen.getByRole('article', { name: 'League · Alliance — new' });
      expect(scrolled.at(-1)).toBe(entry.parentElement);
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it('selects on click and marks the selected change in the list', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderCompare('2022-12-31', '2024-12-31', {
      focus: { party: 'south', issue: 'border' },
    });
    const cell = screen.getByRole('gridcell', { name: /^South on Border/ });
    expect(cell).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('gridcell', { name: /^North on Alliance/ }));
    expect(onSelect).toHaveBeenCalledWith({ party: 'north', issue: 'alliance' });
    const current = screen.getByRole('article', { name: 'South · Border — softened' });
    expect(current.parentElement).toHaveAttribute('aria-current', 'true');
  });

  it('says so plainly when nothing changed, without an empty grid', () => {
    renderCompare('2024-12-31', '2024-12-01');
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Nothing changed between 1 December 2024 and 31 December 2024 for the selected parties and issues.',
      ),
    ).toBeInTheDocument();
  });
});

describe('the compare control', () => {
  const first = d('2022-03-01');
  const last = d('2024-12-31');

  function Harness({ onChange }: { onChange: (v: IsoDate | undefined) => void }) {
    const [value, setValue] = useState<IsoDate>();
    return (
      <CompareControl
        value={value}
        at={d('2024-06-14')}
        first={first}
        last={last}
        onChange={(v) => {
          onChange(v);
          setValue(v);
        }}
      />
    );
  }

  it('turns comparing on with a year earlier, and off again', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const toggle = screen.getByRole('checkbox', { name: 'Compare with another date' });
    expect(toggle).not.toBeChecked();
    expect(screen.queryByLabelText('Compare with')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(onChange).toHaveBeenLastCalledWith('2023-06-14');
    const input = screen.getByLabelText('Compare with');
    expect(input).toHaveValue('2023-06-14');
    expect(input).toHaveAttribute('min', first);
    expect(input).toHaveAttribute('max', last);
    expect(screen.getByRole('button', { name: 'A year earlier' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'A month earlier' }));
    expect(onChange).toHaveBeenLastCalledWith('2024-05-14');
    await user.click(toggle);
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    expect(screen.queryByLabelText('Compare with')).not.toBeInTheDocument();
  });

  it('takes a typed day and ignores invalid or out-of-range input', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await user.click(screen.getByRole('checkbox', { name: 'Compare with another date' }));
    onChange.mockClear();
    const input = screen.getByLabelText('Compare with');
    fireEvent.change(input, { target: { value: '2022-05-09' } });
    expect(onChange).toHaveBeenLastCalledWith('2022-05-09');
    onChange.mockClear();
    for (const bad of ['2020-01-01', '2030-01-01', '', '2024-06-14'])
      fireEvent.change(input, { target: { value: bad } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.blur(input);
    expect(input).toHaveValue('2022-05-09');
  });

  it('speaks German', () => {
    render(
      <I18nContext.Provider value={makeI18n('de')}>
        <CompareControl
          value={d('2023-06-14')}
          at={d('2024-06-14')}
          first={first}
          last={last}
          onChange={() => {}}
        />
      </I18nContext.Provider>,
    );
    expect(screen.getByRole('checkbox', { name: 'Mit anderem Datum vergleichen' })).toBeChecked();
    expect(screen.getByLabelText('Vergleichen mit')).toHaveValue('2023-06-14');
    expect(screen.getByRole('button', { name: 'Ein Jahr früher' })).toBeInTheDocument();
  });
});
