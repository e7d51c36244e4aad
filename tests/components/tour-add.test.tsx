import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TourFile } from '../../src/data/tour-file';
import { resetTourCache, tourStorageKey } from '../../src/state/tour-store';
import { renderApp } from './render-app';

// jsdom has no modal dialogs: showModal opens the dialog in place, as older browsers would.
HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};

const stored = () =>
  JSON.parse(localStorage.getItem(tourStorageKey('mini')) ?? 'null') as TourFile | null;

/** The button appears once the explorer's lazy parts have loaded (slow on a cold start). */
const findButton = (name: string) => screen.findByRole('button', { name }, { timeout: 5000 });

beforeEach(() => {
  localStorage.clear();
  resetTourCache();
});

describe('Add this view as a step', () => {
  it('adds the view on / with a title from its date, and says which step it became', async () => {
    const user = userEvent.setup();
    renderApp('/?at=2022-03-01&parties=north,south&issues=border');
    await user.click(await findButton('Add this view as a step'));
    expect(screen.getByText('Added as step 1 of your tour.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: 'My tour (1)' })).toBeInTheDocument();
    expect(stored()?.steps).toEqual([
      {
        id: 'step-1',
        title: { en: 'Positions, 1 March 2022' },
        body: {},
        state: { route: '/', at: '2022-03-01', parties: ['north', 'south'], issues: ['border'] },
      },
    ]);
  });

  it('pins the dataset’s defaults, so the step shows the same view when the data grows', async () => {
    const user = userEvent.setup();
    renderApp('/?mode=overlap');
    await user.click(await findButton('Add this view as a step'));
    expect(stored()?.steps[0]).toMatchObject({
      title: { en: 'Overlap, 31 December 2024' },
      state: {
        route: '/',
        at: '2024-12-31',
        parties: ['north', 'south', 'league'],
        issues: ['border', 'alliance'],
        mode: 'overlap',
      },
    });
  });

  it('names a focused cell in the title, and numbers further steps on', async () => {
    const user = userEvent.setup();
    renderApp('/timeline?at=2024-06-14&focus=south:border');
    const add = await findButton('Add this view as a step');
    await user.click(add);
    await user.click(add);
    expect(screen.getByText('Added as step 2 of your tour.')).toBeInTheDocument();
    expect(stored()?.steps.map((s) => [s.id, s.title.en, s.state.route])).toEqual([
      ['step-1', 'Timeline, 14 June 2024 — South on Border', '/timeline'],
      ['step-2', 'Timeline, 14 June 2024 — South on Border', '/timeline'],
    ]);
  });

  it('opens the new step in the editor, its title ready to change', async () => {
    const user = userEvent.setup();
    renderApp('/matrix?at=2022-03-01');
    await user.click(await findButton('Add this view as a step'));
    await user.click(screen.getByRole('button', { name: 'Edit step 1' }));
    const dialog = screen.getByRole('dialog', { name: 'My tour' });
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    expect(title).toHaveFocus();
    expect(title).toHaveValue('Positions, 1 March 2022');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit step 1' })).toHaveFocus();
  });

  it('does not write over a saved tour it cannot read', async () => {
    const user = userEvent.setup();
    localStorage.setItem(tourStorageKey('mini'), '{"kind":');
    renderApp('/');
    await user.click(await findButton('Add this view as a step'));
    expect(screen.getByText(/^Nothing was added: your saved tour could not be read/)).toBeVisible();
    expect(localStorage.getItem(tourStorageKey('mini'))).toBe('{"kind":');
    await user.click(screen.getByRole('button', { name: 'My tour' }));
    const dialog = screen.getByRole('dialog', { name: 'My tour' });
    expect(within(dialog).getByText(/^Your saved tour could not be read/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Start a new tour' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'A new, empty tour has been started.',
    );
    expect(within(dialog).getByText(/^Your tour has no steps yet/)).toBeVisible();
  });

  it('speaks German with ?lang=de and keeps the title as German text', async () => {
    const user = userEvent.setup();
    renderApp('/?lang=de&at=2022-03-01');
    await user.click(await findButton('Diese Ansicht als Schritt hinzufügen'));
    expect(screen.getByText('Als Schritt 1 Ihrer Tour hinzugefügt.')).toBeInTheDocument();
    expect(stored()?.steps[0]?.title).toEqual({ de: 'Positionen, 1. März 2022' });
    await user.click(screen.getByRole('button', { name: 'Meine Tour (1)' }));
    const dialog = screen.getByRole('dialog', { name: 'Meine Tour' });
    const item = within(dialog).getByRole('listitem');
    expect(within(item).getByRole('textbox', { name: 'Titel' })).toHaveValue(
      'Positionen, 1. März 2022',
    );
    for (const name of [
      'Nach oben: Positionen, 1. März 2022',
      'Nach unten: Positionen, 1. März 2022',
      'Entfernen: Positionen, 1. März 2022',
    ])
      expect(within(item).getByRole('button', { name })).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Meine Tour präsentieren' })).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Importieren …' })).toBeVisible();
  });
});
