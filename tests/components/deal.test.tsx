import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { miniDataset } from '../fixtures/mini-dataset';
import { renderApp } from './render-app';

// The route and its chunk load lazily: the first render can be slow on a busy machine.
const SLOW = { timeout: 5000 };
const grid = () => screen.findByRole('grid', { name: 'Deal verdicts' }, SLOW);
const cellNames = (g: HTMLElement) =>
  within(g)
    .getAllByRole('gridcell')
    .map((c) => c.getAttribute('aria-label'));
const search = (router: ReturnType<typeof renderApp>['router']) =>
  decodeURIComponent(router.state.location.search);

describe('the deal builder', () => {
  it('shows, for the mini plan, who accepts its term and who is silent', async () => {
    renderApp('/deal?plan=plan-1');
    const g = await grid();
    expect(cellNames(g)).toEqual([
      'North on Alliance: Neutral: accepts, statement of 14 June 2024',
      'South on Alliance: Neutral: silent, no statement as of 31 December 2024',
      'League on Alliance: Neutral: accepts, statement of 20 November 2024',
    ]);
    expect(within(g).getByRole('gridcell', { name: /^North/ })).toHaveTextContent('✓ accepts');
    expect(within(g).getByRole('gridcell', { name: /^South/ })).toHaveTextContent('? silent');
    expect(within(g).getByRole('rowheader')).toHaveTextContent('AllianceNeutral');
  });

  it('shows the plan card with its proposer, grade and source links', async () => {
    renderApp('/deal?plan=plan-1');
    const card = await screen.findByRole('region', { name: 'North plan' }, SLOW);
    expect(within(card).getByText('Proposed by North on 14 June 2024')).toBeInTheDocument();
    expect(within(card).getByText('Reliability: official')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Aggregator B' })).toHaveAttribute(
      'href',
      'https://example.org/b',
    );
    expect(screen.getByRole('combobox', { name: 'Start from' })).toHaveDisplayValue(
      'North plan — North, 14 June 2024',
    );
  });

  it('writes a changed term to the URL, re-evaluates it and offers to reset to the plan', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/deal?plan=plan-1');
    await grid();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Alliance' }), 'Join');
    expect(search(router)).toContain('terms=alliance:join');
    expect(
      screen.getByRole('gridcell', { name: /^North on Alliance: Join: red line crossed/ }),
    ).toHaveTextContent('✕ red line');
    expect(screen.getByText('Changed from the plan: 1 term')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Border' }), 'Old line');
    expect(search(router)).toContain('terms=alliance:join,border:old-line');
    expect(
      screen.getByRole('gridcell', { name: /^North on Border: Old line: wants other terms/ }),
    ).toHaveTextContent('≠ other');
    expect(screen.getByText('Changed from the plan: 2 terms')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset to the plan' }));
    expect(search(router)).not.toContain('terms=');
    expect(cellNames(await grid())).toHaveLength(3);
    expect(screen.queryByText(/Changed from the plan/)).not.toBeInTheDocument();
  });

  it('removes a term with "No term", and says so when none is left', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/deal?plan=plan-1');
    await grid();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Alliance' }), 'No term');
    expect(router.state.location.search).toMatch(/terms=(&|$)/);
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.getByText(/No terms chosen yet/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Statement' })).not.toBeInTheDocument();
    expect(
      screen.getByText('With no terms chosen there is nothing to sign yet.'),
    ).toBeInTheDocument();
  });

  it('offers a several-outcome term from the link as its own choice', async () => {
    renderApp('/deal?terms=border:new-line.old-line');
    await grid();
    const select = screen.getByRole('combobox', { name: 'Border' });
    expect(select).toHaveDisplayValue('Any of: Old line or New line');
    expect(
      screen.getByRole('gridcell', { name: /^South on Border: Old line or New line: accepts/ }),
    ).toBeInTheDocument();
  });

  it('shows the statement behind a clicked verdict, with its quote and sources', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/deal?terms=border:new-line&at=2022-03-15');
    const g = await grid();
    await user.click(within(g).getByRole('gridcell', { name: /^South/ }));
    expect(search(router)).toContain('focus=south:border');
    const panel = screen.getByRole('region', { name: 'Statement' });
    expect(
      within(panel).getByText('South on “Border: New line”: red line crossed.'),
    ).toBeInTheDocument();
    expect(within(panel).getByText('South wants the old line.')).toBeInTheDocument();
    expect(within(panel).getByText('Not one metre.')).toBeInTheDocument();
    expect(within(panel).getByText('Reliability: on record')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Wire A' })).toHaveAttribute(
      'href',
      'https://example.org/a',
    );
  });

  it('moves with the arrow keys and shows "No statement" for a silent cell on Enter', async () => {
    const user = userEvent.setup();
    renderApp('/deal?plan=plan-1');
    const g = await grid();
    const first = within(g).getByRole('gridcell', { name: /^North/ });
    expect(first).toHaveAttribute('tabindex', '0');
    first.focus();
    await user.keyboard('{ArrowRight}');
    const south = within(g).getByRole('gridcell', { name: /^South/ });
    expect(south).toHaveFocus();
    await user.keyboard('{Enter}');
    const panel = screen.getByRole('region', { name: 'Statement' });
    expect(within(panel).getByText('No statement as of 31 December 2024.')).toBeInTheDocument();
    expect(south).toHaveAttribute('aria-selected', 'true');
    await user.click(within(panel).getByRole('button', { name: 'Close statement' }));
    expect(screen.getByText(/Select a cell of the verdicts/)).toBeInTheDocument();
  });

  it('summarises who could sign and what the others would have to move', async () => {
    renderApp('/deal?terms=alliance:join');
    await grid();
    const summary = screen.getByRole('region', { name: 'Who could sign' });
    expect(
      within(summary).getByText(
        'As of 31 December 2024, League accepts every term and could sign.',
      ),
    ).toBeInTheDocument();
    expect(within(summary).getByText('North: red line crossed on “Alliance”.')).toBeInTheDocument();
    expect(
      within(summary).getByText('South: has taken no stand on “Alliance”.'),
    ).toBeInTheDocument();
    expect(
      within(summary).getByText('“Alliance: Join” crosses a red line of North.'),
    ).toBeInTheDocument();
  });

  it('follows the "As of" date', async () => {
    renderApp('/deal?terms=border:new-line&at=2022-03-15');
    const g = await grid();
    expect(cellNames(g)[0]).toBe('North on Border: New line: accepts, statement of March 2022');
    expect(screen.getByRole('slider', { name: 'As of' }).getAttribute('aria-valuetext')).toBe(
      '15 March 2022',
    );
  });

  it('compares the deal with a plan term by term', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/deal?plan=plan-1&terms=border:old-line');
    await grid();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Compare with' }), 'plan-1');
    expect(search(router)).toContain('vs=plan-1');
    const table = screen.getByRole('table', { name: /Your deal and North plan as of/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Issue', 'Your deal', 'North plan', 'Comparison']);
    const border = within(table).getByRole('row', { name: /^Border/ });
    expect(border).toHaveTextContent('Old line✓ accepted by 1 of 3');
    expect(border).toHaveTextContent('not addressed');
    expect(border).toHaveTextContent('only in Your deal');
    const alliance = within(table).getByRole('row', { name: /^Alliance/ });
    expect(alliance).toHaveTextContent(/Neutral✓ accepted by 2 of 3: \w+ and \w+/);
    expect(alliance).toHaveTextContent('only in North plan');
  });

  it('calls identical terms the same', async () => {
    renderApp('/deal?plan=plan-1&vs=plan-1');
    const table = await screen.findByRole('table', { name: /North plan and North plan/ }, SLOW);
    expect(within(table).getByRole('row', { name: /^Alliance/ })).toHaveTextContent('= same');
  });

  it('starts from scratch, and from a plan, through "Start from"', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/deal?plan=plan-1&terms=border:old-line');
    await grid();
    const start = screen.getByRole('combobox', { name: 'Start from' });
    await user.selectOptions(start, 'From scratch');
    expect(search(router)).not.toMatch(/plan=|terms=/);
    expect(screen.getByText(/No terms chosen yet/)).toBeInTheDocument();
    await user.selectOptions(start, 'plan-1');
    expect(search(router)).toContain('plan=plan-1');
    expect(cellNames(await grid())).toHaveLength(3);
  });

  it('asks for parties when none is chosen', async () => {
    renderApp('/deal?plan=plan-1&parties=');
    expect(
      await screen.findByText('Choose at least one party to see the verdicts.', {}, SLOW),
    ).toBeInTheDocument();
    expect(screen.getByText('Choose parties to see who could sign.')).toBeInTheDocument();
  });

  it('works from scratch with a dataset without plans', async () => {
    const user = userEvent.setup();
    renderApp('/deal', { ...miniDataset(), plans: [] });
    const start = await screen.findByRole('combobox', { name: 'Start from' }, SLOW);
    expect(
      within(start)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['From scratch']);
    expect(screen.queryByRole('combobox', { name: 'Compare with' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Alliance' }), 'Neutral');
    expect(cellNames(await grid())[0]).toMatch(/^North on Alliance: Neutral: accepts/);
  });

  it('is German with ?lang=de, deal kept', async () => {
    renderApp('/deal?plan=plan-1&lang=de');
    const g = await screen.findByRole('grid', { name: 'Bewertung der Einigung' }, SLOW);
    await waitFor(() =>
      expect(cellNames(g)[0]).toBe(
        'Nord zu Bündnis: Neutral: akzeptiert, Aussage vom 14. Juni 2024',
      ),
    );
    expect(screen.getByRole('heading', { name: 'Einigung bauen', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Ausgangspunkt' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Bündnis' })).toHaveDisplayValue('Neutral');
    expect(within(g).getByRole('gridcell', { name: /^Süd/ })).toHaveTextContent('? schweigt');
    expect(screen.getByRole('region', { name: 'Wer unterschreiben könnte' })).toHaveTextContent(
      'Mit Stand 31. Dezember 2024 akzeptieren Nord und Liga jede Bedingung',
    );
  });
});
