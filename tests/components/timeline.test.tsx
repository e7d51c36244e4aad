import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import { buildIndex } from '../../src/model/dataset-index';
import type { IsoDate } from '../../src/model/types';
import { Timeline, type TimelineProps } from '../../src/views/timeline/Timeline';
import { generateDataset } from '../../bench/synthetic';
import { passes } from '../../src/model/reliability';
import { datasetBounds } from '../../src/state/effective';
import { layoutTimeline } from '../../src/views/timeline/timeline-layout';
import { miniDataset } from '../fixtures/mini-dataset';

const result = validateDataset(miniDataset());
if (!result.ok) throw new Error('fixture invalid');
const index = buildIndex(result.dataset);

function renderTimeline(props: Partial<TimelineProps> = {}) {
  const all: TimelineProps = {
    index,
    parties: ['north', 'south', 'league'],
    issues: ['border', 'alliance'],
    rel: 'reported',
    at: '2024-11-20' as IsoDate,
    onSelect: vi.fn(),
    onSeek: vi.fn(),
    onRange: vi.fn(),
    onLanes: vi.fn(),
    ...props,
  };
  return { props: all, ...render(<Timeline {...all} />) };
}

const region = () => screen.getByRole('region', { name: 'Timeline' });

describe('Timeline', () => {
  it('switches lanes between parties and issues', async () => {
    const { props, rerender } = renderTimeline();
    expect(within(region()).getByRole('list', { name: 'Shape: issue' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Issues' }));
    expect(props.onLanes).toHaveBeenCalledWith('issue');
    expect(screen.getByRole('radio', { name: 'Issues' })).toBeChecked();
    rerender(<Timeline {...props} lanes="issue" />);
    expect(screen.queryByRole('list', { name: 'Shape: issue' })).not.toBeInTheDocument();
  });

  it('a quick range reports its window through onRange, "All" reports none', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { props } = renderTimeline();
      fireEvent.click(screen.getByRole('button', { name: '2023' }));
      vi.runAllTimers();
      expect(props.onRange).toHaveBeenLastCalledWith({ from: '2023-01-01', to: '2023-12-31' });
      fireEvent.click(screen.getByRole('button', { name: 'All' }));
      vi.runAllTimers();
      expect(props.onRange).toHaveBeenLastCalledWith(undefined);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a range from the URL narrows what the keyboard steps through, in time order', async () => {
    const { props } = renderTimeline({
      range: { from: '2024-01-01' as IsoDate, to: '2024-12-31' as IsoDate },
    });
    expect(screen.getByRole('button', { name: '2024' })).toHaveAttribute('aria-pressed', 'true');
    const steps = screen.getByRole('slider', { name: 'Statements on the timeline' });
    steps.focus();
    await userEvent.keyboard('{Home}');
    expect(steps).toHaveAttribute('aria-valuetext', expect.stringContaining('2024'));
    const first = steps.getAttribute('aria-valuetext');
    await userEvent.keyboard('{ArrowRight}');
    expect(steps.getAttribute('aria-valuetext')).not.toBe(first);
    await userEvent.keyboard('{Enter}');
    expect(props.onSelect).toHaveBeenCalledTimes(1);
    const max = Number(steps.getAttribute('aria-valuemax'));
    expect(max).toBeLessThan(index.statementsByDate.length);
  });

  it('+ on the stepper zooms in and reports the window after it settles', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { props } = renderTimeline();
      const steps = screen.getByRole('slider', { name: 'Statements on the timeline' });
      fireEvent.keyDown(steps, { key: '+' });
      vi.runAllTimers();
      const last = vi.mocked(props.onRange!).mock.lastCall?.[0];
      expect(last?.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(last!.to > last!.from).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists what is in view, statements and events, as buttons that open the details', async () => {
    const { props } = renderTimeline({
      range: { from: '2022-01-01' as IsoDate, to: '2022-12-31' as IsoDate },
    });
    const details = screen.getByText('List of what is in view');
    await userEvent.click(details);
    const list = within(region()).getByRole('list', { name: '' });
    expect(within(list).getByText(/Event, 29 March 2022: Talks/)).toBeInTheDocument();
    const buttons = within(list).getAllByRole('button');
    expect(buttons.every((b) => /2022/.test(b.textContent ?? ''))).toBe(true);
    await userEvent.click(buttons[0]!);
    expect(props.onSelect).toHaveBeenCalled();
  });
});

describe('Timeline hover', () => {
  it('shows a statement’s summary and grade while the mouse is over its mark', () => {
    const { container } = renderTimeline({ parties: ['north', 'south'], issues: ['border'] });
    const expected = layoutTimeline(
      index.statementsByDate,
      ['north', 'south'],
      ['border'],
      'reported',
      datasetBounds(index),
      800,
      passes,
    ).marks[0]!;
    const plot = container.querySelector('.timeline-plot')!;
    fireEvent.pointerMove(plot, { clientX: expected.x, clientY: expected.y, buttons: 0 });
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent(String(expected.statement.summary.en));
    expect(tip).toHaveTextContent(/\((official|on record|reported)\)$/);
    fireEvent.pointerLeave(plot);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});

describe('Timeline with many statements', () => {
  it('shades counts when zoomed out and says so; zoomed in, the note goes', () => {
    const big = validateDataset(generateDataset({ parties: 3, issues: 2, statements: 3000 }));
    if (!big.ok) throw new Error('synthetic invalid');
    const bigIndex = buildIndex(big.dataset);
    const parties = big.dataset.parties.map((p) => p.id);
    const issues = big.dataset.issues.map((i) => i.id);
    const props: TimelineProps = {
      index: bigIndex,
      parties,
      issues,
      rel: 'reported',
      at: '2024-01-01' as IsoDate,
      onSelect: vi.fn(),
      onSeek: vi.fn(),
    };
    const { rerender } = render(<Timeline {...props} />);
    expect(screen.getByText(/Zoomed out: the darker a stretch/)).toBeInTheDocument();
    rerender(
      <Timeline
        {...props}
        range={{ from: '2024-01-01' as IsoDate, to: '2024-01-20' as IsoDate }}
      />,
    );
    expect(screen.queryByText(/Zoomed out: the darker a stretch/)).not.toBeInTheDocument();
  });
});
