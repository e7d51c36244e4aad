import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { IsoDate } from '../../src/model/types';
import { createAppStore } from '../../src/state/store';
import { StoreContext } from '../../src/state/store-context';
import type { ViewState } from '../../src/state/view-state';
import { ShareMenu } from '../../src/views/share/ShareMenu';

const AT = '2024-12-04' as IsoDate;
const PAGE = '/?at=2024-12-04&parties=ukraine,russia&issues=nato';

// jsdom has no modal dialogs: showModal opens the dialog in place, as older browsers would.
HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};

beforeEach(() => {
  window.history.replaceState(null, '', PAGE);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Replaces `navigator` properties for one test (jsdom's clipboard/share are absent or fixed). */
function stubNavigator(props: Record<string, unknown>) {
  for (const [key, value] of Object.entries(props))
    Object.defineProperty(navigator, key, { value, configurable: true, writable: true });
}
afterEach(() => {
  stubNavigator({ clipboard: undefined, share: undefined });
});

/** `nav` replaces navigator properties after user-event has installed its own clipboard. */
function setup(nav: Record<string, unknown> = {}, view: ViewState = {}) {
  const user = userEvent.setup();
  stubNavigator({ clipboard: undefined, ...nav });
  render(
    <StoreContext.Provider value={createAppStore(view)}>
      <ShareMenu title="Mini negotiation" version="2024-12-31.2" at={AT} />
    </StoreContext.Provider>,
  );
  return { user, button: screen.getByRole('button', { name: 'Share' }) };
}

const entries = () =>
  within(screen.getByRole('list', { name: 'Ways to share' }))
    .getAllByRole('button')
    .map((b) => b.textContent);

test('the keyboard opens the menu, moves through it, and Esc closes it back to the button', async () => {
  const { user, button } = setup();
  button.focus();
  await user.keyboard('{Enter}');
  expect(button).toHaveAttribute('aria-expanded', 'true');
  expect(entries()).toEqual(['Copy link', 'Embed…']);
  expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus();
  await user.keyboard('{ArrowDown}');
  expect(screen.getByRole('button', { name: 'Embed…' })).toHaveFocus();
  await user.keyboard('{ArrowDown}');
  expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus();
  await user.keyboard('{Escape}');
  expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('list', { name: 'Ways to share' })).not.toBeInTheDocument();
  expect(button).toHaveFocus();
});

test('Copy link writes the page address to the clipboard and says so', async () => {
  const writeText = vi.fn(async () => undefined);
  const { user, button } = setup({ clipboard: { writeText } });
  await user.click(button);
  await user.click(screen.getByRole('button', { name: 'Copy link' }));
  expect(await screen.findByRole('status')).toHaveTextContent('Link copied');
  expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${PAGE}`);
  expect(screen.queryByRole('textbox', { name: 'Link to this view' })).not.toBeInTheDocument();
  expect(button).toHaveFocus();
});

test('a link to a dataset kept in this browser says it does not carry the data', async () => {
  const writeText = vi.fn(async () => undefined);
  const { user, button } = setup({ clipboard: { writeText } }, { dataset: 'my:brexit' });
  await user.click(button);
  await user.click(screen.getByRole('button', { name: 'Copy link' }));
  expect(await screen.findByRole('status')).toHaveTextContent(/only in this browser.*\?data=/);
});

test('without a clipboard the link appears selected in a read-only field', async () => {
  const { user, button } = setup();
  await user.click(button);
  await user.click(screen.getByRole('button', { name: 'Copy link' }));
  const field = await screen.findByRole('textbox', { name: 'Link to this view' });
  expect(field).toHaveValue(window.location.href);
  expect(field).toHaveAttribute('readonly');
  expect(field).toHaveFocus();
  const input = field as HTMLInputElement;
  expect([input.selectionStart, input.selectionEnd]).toEqual([0, window.location.href.length]);
  expect(screen.getByRole('status')).toHaveTextContent(/copy it by hand/);
});

test('a refused clipboard also falls back to the field', async () => {
  const { user, button } = setup({
    clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('no'))) },
  });
  await user.click(button);
  await user.click(screen.getByRole('button', { name: 'Copy link' }));
  expect(await screen.findByRole('textbox', { name: 'Link to this view' })).toHaveValue(
    window.location.href,
  );
});

test('Share… is offered only where the browser can share, and passes title and address', async () => {
  const share = vi.fn(async () => undefined);
  const { user, button } = setup({ share });
  await user.click(button);
  expect(entries()).toEqual(['Copy link', 'Share…', 'Embed…']);
  await user.click(screen.getByRole('button', { name: 'Share…' }));
  expect(share).toHaveBeenCalledWith({ title: 'Mini negotiation', url: window.location.href });
});

const code = () =>
  (screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value;

async function openEmbed(nav: Record<string, unknown> = {}) {
  const { user, button } = setup(nav);
  await user.click(button);
  await user.click(screen.getByRole('button', { name: 'Embed…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Embed this view' });
  return { user, button, dialog };
}

test('the embed code follows the choices: view, frozen version and theme', async () => {
  const { user, dialog } = await openEmbed();
  const origin = window.location.origin;
  expect(within(dialog).getByRole('radio', { name: 'Matrix' })).toHaveFocus();
  expect(code()).toBe(
    `<iframe data-common-ground src="${origin}/embed/matrix?at=2024-12-04&amp;parties=ukraine,russia&amp;issues=nato" ` +
      'title="Mini negotiation — Matrix, as of 4 December 2024" ' +
      'style="width:100%;height:640px;border:0" loading="lazy"></iframe>\n' +
      `<script src="${origin}/embed.js" async></script>`,
  );
  const preview = within(dialog).getByTitle('Preview of the embed');
  expect(preview).toHaveAttribute(
    'src',
    `${origin}/embed/matrix?at=2024-12-04&parties=ukraine,russia&issues=nato`,
  );

  const data = within(dialog).getByRole('radiogroup', { name: 'Data' });
  await user.click(
    within(data).getByRole('radio', { name: 'Frozen — pins dataset version 2024-12-31.2' }),
  );
  expect(code()).toContain('/embed/matrix?version=2024-12-31.2&amp;at=2024-12-04');

  const which = within(dialog).getByRole('radiogroup', { name: 'Which view' });
  await user.click(within(which).getByRole('radio', { name: 'Timeline' }));
  expect(code()).toContain('/embed/timeline?version=2024-12-31.2&amp;');
  expect(code()).toContain('title="Mini negotiation — Timeline, as of 4 December 2024"');
  expect(code()).toContain('height:560px');
  expect(preview.getAttribute('src')).toMatch(/\/embed\/timeline\?version=2024-12-31\.2&/);

  await user.click(within(dialog).getByRole('radio', { name: 'Dark' }));
  expect(code()).toMatch(/&amp;theme=dark" title=/);
  await user.click(within(data).getByRole('radio', { name: 'Live — follows dataset updates' }));
  expect(code()).not.toContain('version=');
});

test('Copy code copies the snippet and says so', async () => {
  const writeText = vi.fn(async () => undefined);
  const { user, dialog } = await openEmbed({ clipboard: { writeText } });
  await user.click(within(dialog).getByRole('button', { name: 'Copy code' }));
  expect(await within(dialog).findByRole('status')).toHaveTextContent('Code copied');
  expect(writeText).toHaveBeenCalledWith(code());
});

test('Esc closes the dialog and returns focus to the Share button', async () => {
  const { user, button } = await openEmbed();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(button).toHaveFocus();
  expect(button).toHaveAttribute('aria-expanded', 'false');
});

test('the Close button closes it too', async () => {
  const { user, dialog, button } = await openEmbed();
  await user.click(within(dialog).getByRole('button', { name: 'Close' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(button).toHaveFocus();
});

test('in German the button says Teilen', async () => {
  const { I18nContext, makeI18n } = await import('../../src/i18n/use-i18n');
  await act(async () => {
    render(
      <StoreContext.Provider value={createAppStore()}>
        <I18nContext.Provider value={makeI18n('de')}>
          <ShareMenu title="Mini" version="2024-12-31.2" at={AT} />
        </I18nContext.Provider>
      </StoreContext.Provider>,
    );
  });
  expect(screen.getByRole('button', { name: 'Teilen' })).toBeInTheDocument();
});
