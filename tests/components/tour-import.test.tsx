import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TourFile } from '../../src/data/tour-file';
import type { IsoDate, TourStep } from '../../src/model/types';
import { resetTourCache, tourStorageKey } from '../../src/state/tour-store';
import { renderApp } from './render-app';

HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};

const step = (id: string, title: string): TourStep => ({
  id,
  title: { en: title },
  body: { en: `About ${title}` },
  state: { route: '/', at: '2024-06-14' as IsoDate },
});
const file = (steps: readonly TourStep[], dataset = 'mini'): TourFile => ({
  kind: 'common-ground-tour',
  version: 1,
  dataset,
  steps,
});
const key = tourStorageKey('mini');
const storedTitles = () =>
  (JSON.parse(localStorage.getItem(key) ?? 'null') as TourFile).steps.map((s) => s.title.en);
const jsonFile = (content: unknown, name = 'tour.json') =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, {
    type: 'application/json',
  });

/** The editor over a kept tour of `titles`, and a way to choose a file in its picker. */
async function openEditor(titles: readonly string[], url = '/') {
  if (titles.length > 0)
    localStorage.setItem(key, JSON.stringify(file(titles.map((t, i) => step(`step-${i + 1}`, t)))));
  const user = userEvent.setup();
  renderApp(url);
  await user.click(await screen.findByRole('button', { name: /\(\d+\)$/ }, { timeout: 5000 }));
  const dialog = screen.getByRole('dialog');
  const choose = async (f: File) => {
    await user.click(within(dialog).getByRole('button', { name: /^Import/ }));
    await user.upload(within(dialog).getByLabelText(/^(Tour file to import|Tour-Datei)/), f);
  };
  return { user, dialog, choose };
}

beforeEach(() => {
  localStorage.clear();
  resetTourCache();
});

describe('Import a tour', () => {
  it('shows every problem of a broken file with its JSON path, and changes nothing', async () => {
    const { dialog, choose } = await openEditor(['Mine']);
    const before = localStorage.getItem(key);
    const broken = {
      ...file([step('step-1', 'ok')]),
      steps: [{ id: 'Bad Id', title: { en: 'x' }, body: {}, state: { at: '2024-02-30' } }],
    };
    await choose(jsonFile(broken, 'broken.json'));
    const heading = await within(dialog).findByText(
      '“broken.json” cannot be imported. Your tour has not changed.',
    );
    expect(heading).toHaveFocus();
    const errors = within(dialog)
      .getAllByRole('listitem')
      .filter((li) => li.querySelector('code'));
    expect(errors.map((li) => li.textContent)).toEqual([
      '$.steps[0].id Ids may contain only lowercase letters a–z, digits and hyphens.',
      '$.steps[0].state.at Expected a date as YYYY-MM-DD or YYYY-MM (a real calendar date).',
    ]);
    expect(localStorage.getItem(key)).toBe(before);
    expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue('Mine');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Dismiss' }));
    expect(within(dialog).queryByText(/cannot be imported/)).toBeNull();
  });

  it('reports a file that is not JSON, in German when German is chosen', async () => {
    const { dialog, choose } = await openEditor([], '/?lang=de');
    await choose(jsonFile('{"kind": "common-ground-tour",', 'kaputt.json'));
    expect(
      await within(dialog).findByText(
        '„kaputt.json“ kann nicht importiert werden. Ihre Tour ist unverändert.',
      ),
    ).toBeVisible();
    expect(within(dialog).getByText(/^Die Datei ist kein gültiges JSON/)).toBeVisible();
    expect(within(dialog).getByText('$')).toBeVisible();
  });

  it('imports into an empty tour at once', async () => {
    const { dialog, choose } = await openEditor([]);
    await choose(jsonFile(file([step('a', 'First'), step('b', 'Second')])));
    expect(await within(dialog).findByText('Imported 2 steps.')).toHaveAttribute('role', 'status');
    expect(storedTitles()).toEqual(['First', 'Second']);
    expect(screen.getByRole('button', { name: 'My tour (2)' })).toBeInTheDocument();
  });

  it('asks before replacing a tour that has steps', async () => {
    const { user, dialog, choose } = await openEditor(['Mine']);
    await choose(jsonFile(file([step('step-1', 'Theirs')])));
    expect(
      await within(dialog).findByText('“tour.json” holds a valid tour of 1 step.'),
    ).toHaveFocus();
    expect(storedTitles()).toEqual(['Mine']);
    await user.click(within(dialog).getByRole('button', { name: 'Replace my steps' }));
    expect(storedTitles()).toEqual(['Theirs']);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Imported 1 step.');
  });

  it('appends after the teacher’s steps, renaming clashing ids', async () => {
    const { user, dialog, choose } = await openEditor(['Mine', 'Also mine']);
    await choose(jsonFile(file([step('step-1', 'Theirs')])));
    await user.click(await within(dialog).findByRole('button', { name: 'Add after my steps' }));
    expect(storedTitles()).toEqual(['Mine', 'Also mine', 'Theirs']);
    const ids = (JSON.parse(localStorage.getItem(key)!) as TourFile).steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('warns about a tour made for another dataset but can still import it', async () => {
    const { user, dialog, choose } = await openEditor([]);
    await choose(jsonFile(file([step('a', 'Elsewhere')], 'russia-ukraine')));
    expect(
      await within(dialog).findByText(
        /^It was made for the dataset “russia-ukraine”, not for this one \(“mini”\)/,
      ),
    ).toBeVisible();
    expect(localStorage.getItem(key)).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(storedTitles()).toEqual(['Elsewhere']);
  });

  it('can be cancelled, leaving the tour as it was', async () => {
    const { user, dialog, choose } = await openEditor(['Mine']);
    await choose(jsonFile(file([step('a', 'Theirs')])));
    await user.click(await within(dialog).findByRole('button', { name: 'Cancel' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Import cancelled. Your tour has not changed.',
    );
    expect(within(dialog).getByRole('heading', { name: 'My tour' })).toHaveFocus();
    expect(storedTitles()).toEqual(['Mine']);
  });
});
