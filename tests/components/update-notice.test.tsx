import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { Pwa } from '../../src/app/pwa/Pwa';
import { resetPwaState } from '../../src/app/pwa/pwa-state';

// The service worker's registration, as `virtual:pwa-register` gives it: the test plays the
// worker's part by calling the options' callbacks.
const registration = vi.hoisted(() => ({
  options: undefined as RegisterSWOptions | undefined,
  updateSW: undefined as unknown as ReturnType<typeof vi.fn>,
}));
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    registration.options = options;
    return registration.updateSW;
  },
}));

beforeEach(() => {
  registration.options = undefined;
  registration.updateSW = vi.fn(() => Promise.resolve());
  Object.defineProperty(navigator, 'serviceWorker', {
    value: { addEventListener: vi.fn() },
    configurable: true,
  });
  document.documentElement.lang = 'en';
});
afterEach(() => {
  act(() => resetPwaState());
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

/** Renders the app's offline support and waits until it has registered the worker. */
async function renderRegistered() {
  render(<Pwa />);
  await vi.waitFor(() => expect(registration.options).toBeDefined());
  return registration.options as RegisterSWOptions;
}

test('shows nothing until the service worker reports something', async () => {
  await renderRegistered();
  expect(screen.getByRole('status', { name: 'App updates' })).toBeEmptyDOMElement();
});

test('a waiting update shows a notice; Reload activates it and reloads', async () => {
  const options = await renderRegistered();
  act(() => options.onNeedRefresh?.());
  const status = screen.getByRole('status', { name: 'App updates' });
  expect(status).toHaveTextContent('A new version of Common Ground is available.');
  await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
  expect(registration.updateSW).toHaveBeenCalledWith(true);
});

test('Later hides the notice without updating', async () => {
  const options = await renderRegistered();
  act(() => options.onNeedRefresh?.());
  await userEvent.click(screen.getByRole('button', { name: 'Later' }));
  expect(screen.queryByText(/new version/)).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
  expect(registration.updateSW).not.toHaveBeenCalled();
});

test('the buttons are reachable with the keyboard', async () => {
  const options = await renderRegistered();
  act(() => options.onNeedRefresh?.());
  const user = userEvent.setup();
  await user.tab();
  expect(screen.getByRole('button', { name: 'Reload' })).toHaveFocus();
  await user.tab();
  expect(screen.getByRole('button', { name: 'Later' })).toHaveFocus();
  await user.keyboard('{Enter}');
  expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
});

test('speaks the page language, German once the app has switched', async () => {
  const options = await renderRegistered();
  act(() => options.onNeedRefresh?.());
  act(() => {
    document.documentElement.lang = 'de';
  });
  await screen.findByText('Eine neue Version von Common Ground ist verfügbar.');
  expect(screen.getByRole('button', { name: 'Neu laden' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Später' })).toBeInTheDocument();
});

test('says once, quietly, that the app works offline, and lets it be dismissed', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(new Error('offline'))),
  );
  const options = await renderRegistered();
  act(() => options.onOfflineReady?.());
  expect(screen.getByRole('status')).toHaveTextContent('Common Ground now works offline too.');
  await userEvent.click(screen.getByRole('button', { name: 'OK' }));
  expect(screen.getByRole('status')).toBeEmptyDOMElement();
  vi.unstubAllGlobals();
});
