import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { presentDataset, renderPresent } from './present-app';

const counter = (text: string) => screen.findByText(text);
const stageView = () => document.querySelector('.present-view') as HTMLElement;
const step = (router: ReturnType<typeof renderPresent>['router']) =>
  new URLSearchParams(router.state.location.search).get('step');

describe('presenting a tour', () => {
  it('starts at step 1 with the question and the answers covered (inert)', async () => {
    renderPresent('/present');
    await counter('Step 1 of 4');
    expect(screen.getByRole('heading', { level: 1, name: 'Where the border runs' })).toBeVisible();
    expect(screen.getByText('What does South prefer?')).toBeVisible();
    expect(screen.queryByText('South prefers the old line.')).not.toBeInTheDocument();
    const grid = screen.getByRole('grid', { name: 'Positions matrix' });
    // The grid is drawn (headers stay visible) but its cells are out of reach until revealed.
    expect(within(grid).getByRole('columnheader', { name: 'South' })).toBeInTheDocument();
    expect(grid.closest('[inert]')).toBe(stageView());
    expect(screen.getByText(/Answers covered/)).toBeVisible();
  });

  it('reveals with the next key, then steps on; the URL holds the step', async () => {
    const user = userEvent.setup();
    const { router } = renderPresent('/present');
    await counter('Step 1 of 4');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('South prefers the old line.')).toBeVisible();
    expect(stageView()).not.toHaveAttribute('inert');
    expect(step(router)).toBeNull();
    await user.keyboard('{PageDown}');
    await counter('Step 2 of 4');
    expect(step(router)).toBe('2');
    expect(screen.getByRole('grid', { name: 'Overlap matrix' })).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    await counter('Step 1 of 4');
    expect(step(router)).toBe('1');
  });

  it('keeps a revealed step revealed when going back to it', async () => {
    const user = userEvent.setup();
    renderPresent('/present');
    await counter('Step 1 of 4');
    await user.click(screen.getByRole('button', { name: 'Reveal' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await counter('Step 2 of 4');
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await counter('Step 1 of 4');
    expect(screen.getByText('South prefers the old line.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Reveal' })).not.toBeInTheDocument();
  });

  it('reveals with the Next button too, before moving on; focus stays on Next', async () => {
    const user = userEvent.setup();
    const { router } = renderPresent('/present');
    await counter('Step 1 of 4');
    const next = screen.getByRole('button', { name: 'Next' });
    await user.click(next);
    expect(screen.getByText('South prefers the old line.')).toBeVisible();
    expect(step(router)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await counter('Step 2 of 4');
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
  });

  it('moves focus to Next after Reveal', async () => {
    const user = userEvent.setup();
    renderPresent('/present');
    await counter('Step 1 of 4');
    await user.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
  });

  it('loads a linked question step concealed', async () => {
    const user = userEvent.setup();
    renderPresent('/present?step=3');
    await counter('Step 3 of 4');
    expect(screen.getByText('Who blocks?')).toBeVisible();
    expect(stageView()).toHaveAttribute('inert');
    await user.keyboard(' ');
    expect(screen.getByText('The League has a say.')).toBeVisible();
    expect(stageView()).not.toHaveAttribute('inert');
  });

  it('goes to the first and last steps with Home and End; Next is disabled on the last', async () => {
    const user = userEvent.setup();
    const { router } = renderPresent('/present?step=2');
    await counter('Step 2 of 4');
    await user.keyboard('{End}');
    await counter('Step 4 of 4');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(await screen.findByRole('region', { name: 'Timeline' })).toBeInTheDocument();
    await user.keyboard('{Home}');
    await counter('Step 1 of 4');
    expect(step(router)).toBe('1');
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
  });

  it('keeps focus on Previous when Next leads to the last step', async () => {
    const user = userEvent.setup();
    renderPresent('/present?step=3');
    await counter('Step 3 of 4');
    await user.click(screen.getByRole('button', { name: 'Next' })); // reveals
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await counter('Step 4 of 4');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous' })).toHaveFocus();
  });

  it('announces the step politely', async () => {
    const user = userEvent.setup();
    renderPresent('/present?step=2');
    await counter('Step 2 of 4');
    await user.keyboard('{ArrowRight}');
    await waitFor(() =>
      expect(document.querySelector('[aria-live="polite"][aria-atomic="true"]')).toHaveTextContent(
        'Step 3 of 4: The League',
      ),
    );
  });

  it('jumps from the overview of all steps', async () => {
    const user = userEvent.setup();
    const { router } = renderPresent('/present?step=2');
    await counter('Step 2 of 4');
    await user.keyboard('o');
    const dialog = screen.getByRole('dialog', { name: 'All steps' });
    const items = within(dialog).getAllByRole('button').slice(1);
    expect(items).toHaveLength(4);
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    // Keys wait while the dialog is open.
    await user.keyboard('{ArrowRight}');
    expect(step(router)).toBe('2');
    await user.click(within(dialog).getByRole('button', { name: /Over time/ }));
    await counter('Step 4 of 4');
    expect(step(router)).toBe('4');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('switches to German and keeps the step', async () => {
    const user = userEvent.setup();
    const { router } = renderPresent('/present?step=2');
    await counter('Step 2 of 4');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    await counter('Schritt 2 von 4');
    expect(screen.getByRole('heading', { level: 1, name: 'Alle Parteien' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Weiter' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
    expect(step(router)).toBe('2');
    expect(router.state.location.search).toContain('lang=de');
  });

  it('shows the last step and says so when the link asks for a step past the end', async () => {
    renderPresent('/present?step=99');
    await counter('Step 4 of 4');
    expect(screen.getByText('This tour has only 4 steps; showing the last one.')).toBeVisible();
  });

  it('shows a friendly empty state for a dataset without a tour', async () => {
    renderPresent('/present?lang=en', presentDataset([]));
    expect(await screen.findByRole('heading', { name: 'No steps to present' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the explorer' })).toHaveAttribute(
      'href',
      '/?lang=en',
    );
  });
});
