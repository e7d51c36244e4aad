import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { decodeTour, parseTour, type TourFile } from '../../src/data/tour-file';
import { downloadText } from '../../src/export/download';
import type { IsoDate, TourStep } from '../../src/model/types';
import { resetTourCache, tourStorageKey } from '../../src/state/tour-store';
import { renderApp } from './render-app';

vi.mock('../../src/export/download', () => ({ downloadText: vi.fn(), downloadBlob: vi.fn() }));

HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};

const step = (id: string, title: string, at = '2022-03-01'): TourStep => ({
  id,
  title: { en: title },
  body: {},
  state: { route: '/timeline', at: at as IsoDate, parties: ['north'] },
});
const file = (steps: readonly TourStep[]): TourFile => ({
  kind: 'common-ground-tour',
  version: 1,
  dataset: 'mini',
  steps,
});
const stored = () => JSON.parse(localStorage.getItem(tourStorageKey('mini')) ?? 'null') as TourFile;
const storedTitles = () => stored().steps.map((s) => s.title.en);

/** The app with a kept tour of `titles`, and its editor open. */
async function openEditor(titles: readonly string[], url = '/?lang=en', label = 'My tour') {
  localStorage.setItem(
    tourStorageKey('mini'),
    JSON.stringify(file(titles.map((t, i) => step(`step-${i + 1}`, t)))),
  );
  const user = userEvent.setup();
  renderApp(url);
  const name = `${label} (${titles.length})`;
  await user.click(await screen.findByRole('button', { name }, { timeout: 5000 }));
  const dialog = screen.getByRole('dialog', { name: label });
  return { user, dialog, items: () => within(dialog).getAllByRole('listitem') };
}

beforeEach(() => {
  localStorage.clear();
  resetTourCache();
  vi.mocked(downloadText).mockClear();
});
afterEach(() => {
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

describe('My tour', () => {
  it('explains how to add steps when there are none', async () => {
    const { dialog } = await openEditor([]);
    expect(within(dialog).getByText(/^Your tour has no steps yet/)).toBeVisible();
    expect(within(dialog).queryByRole('link', { name: 'Present my tour' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Export (JSON)' })).toBeDisabled();
  });

  it('renames a step as the teacher types, in the current language', async () => {
    const { user, items } = await openEditor(['Positions, 1 March 2022']);
    const title = within(items()[0]!).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Where they stood');
    await user.type(within(items()[0]!).getByRole('textbox', { name: 'Note' }), 'Look south.');
    expect(stored().steps[0]).toMatchObject({
      title: { en: 'Where they stood' },
      body: { en: 'Look south.' },
    });
    expect(
      within(items()[0]!).getByRole('button', { name: 'Remove: Where they stood' }),
    ).toBeVisible();
  });

  it('keeps a question only while it has text', async () => {
    const { user, items } = await openEditor(['One']);
    const question = within(items()[0]!).getByRole('textbox', {
      name: 'Question before the view (optional)',
    });
    expect(question).toHaveAccessibleDescription(/the class predicts, then you reveal/);
    await user.type(question, 'Who moves first?');
    expect(stored().steps[0]?.question).toEqual({ en: 'Who moves first?' });
    await user.clear(question);
    expect(stored().steps[0]).not.toHaveProperty('question');
  });

  it('reorders steps, keeping focus on the button that moved them', async () => {
    const { user, dialog } = await openEditor(['One', 'Two', 'Three']);
    await user.click(within(dialog).getByRole('button', { name: 'Move down: One' }));
    expect(storedTitles()).toEqual(['Two', 'One', 'Three']);
    expect(within(dialog).getByRole('button', { name: 'Move down: One' })).toHaveFocus();
    expect(within(dialog).getByRole('status')).toHaveTextContent('“One” is now step 2 of 3.');
    await user.keyboard('{Enter}');
    expect(storedTitles()).toEqual(['Two', 'Three', 'One']);
    // At the bottom "Move down" is disabled: focus goes to "Move up" instead of being lost.
    expect(within(dialog).getByRole('button', { name: 'Move down: One' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Move up: One' })).toHaveFocus();
    expect(within(dialog).getByRole('button', { name: 'Move up: Two' })).toBeDisabled();
  });

  it('removes a step with an Undo that puts it back in place', async () => {
    const { user, dialog, items } = await openEditor(['One', 'Two', 'Three']);
    await user.click(within(dialog).getByRole('button', { name: 'Remove: Two' }));
    expect(storedTitles()).toEqual(['One', 'Three']);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Removed “Two”.');
    const undo = within(dialog).getByRole('button', { name: 'Undo removing “Two”' });
    expect(undo).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(storedTitles()).toEqual(['One', 'Two', 'Three']);
    expect(within(items()[1]!).getByRole('textbox', { name: 'Title' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'My tour (3)' })).toBeInTheDocument();
  });

  it('links each step’s view and the presentation, keeping the language', async () => {
    const { dialog } = await openEditor(['One'], '/?lang=de', 'Meine Tour');
    expect(within(dialog).getByRole('link', { name: 'Diese Ansicht öffnen: One' })).toHaveAttribute(
      'href',
      '/timeline?at=2022-03-01&parties=north&lang=de',
    );
    expect(within(dialog).getByRole('link', { name: 'Meine Tour präsentieren' })).toHaveAttribute(
      'href',
      '/present?step=1&tour=mine&lang=de',
    );
  });

  it('opening a step’s view closes the editor and shows that view', async () => {
    const { user, dialog } = await openEditor(['One']);
    await user.click(within(dialog).getByRole('link', { name: 'Open this view: One' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Timeline' })).toBeInTheDocument();
    expect(screen.queryByRole('grid', { name: 'Positions matrix' })).not.toBeInTheDocument();
  });

  it('exports the tour as a valid tour file named after the dataset', async () => {
    const { user, dialog } = await openEditor(['One', 'Kyjiw – Ü']);
    await user.click(within(dialog).getByRole('button', { name: 'Export (JSON)' }));
    expect(downloadText).toHaveBeenCalledWith(
      expect.any(String),
      'tour-mini.json',
      'application/json',
    );
    const text = vi.mocked(downloadText).mock.calls[0]![0];
    expect(parseTour(text)).toEqual({ ok: true, tour: stored() });
    expect(within(dialog).getByRole('status')).toHaveTextContent('Saved as tour-mini.json.');
  });

  it('copies a share link that carries the tour to /present', async () => {
    const writeText = vi.fn(async (_: string) => undefined);
    const { user, dialog } = await openEditor(['One']);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(dialog).getByRole('button', { name: 'Copy share link' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Share link copied');
    const url = new URL(writeText.mock.calls[0]![0]);
    expect(url.origin + url.pathname).toBe(`${window.location.origin}/present`);
    expect(url.searchParams.get('lang')).toBe('en');
    expect(decodeTour(url.searchParams.get('tour')!)).toEqual({ ok: true, tour: stored() });
  });

  it('without a clipboard, shows the link selected; a tour too long for a link says so', async () => {
    const long = 'x'.repeat(9500);
    const { user, dialog } = await openEditor(['One']);
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(within(dialog).getByRole('button', { name: 'Copy share link' }));
    expect(within(dialog).getByRole('textbox', { name: 'Share link' })).toHaveFocus();
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    await user.click(title);
    await user.paste(long);
    await user.click(within(dialog).getByRole('button', { name: 'Copy share link' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      /^This tour is too long for a link \([\d,]+ characters; a link holds at most 12,000\)\. Use “Export \(JSON\)”/,
    );
    expect(within(dialog).queryByRole('textbox', { name: 'Share link' })).toBeNull();
  });
});
