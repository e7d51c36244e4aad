import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { encodeTour } from '../../src/data/tour-file';
import { resetTourCache, tourStorageKey } from '../../src/state/tour-store';
import { presentTour, renderPresent } from './present-app';

afterEach(() => {
  localStorage.clear();
  resetTourCache();
});

describe('which tour /present plays', () => {
  it('plays a tour shared in the link', async () => {
    const tour = encodeTour({
      kind: 'common-ground-tour',
      version: 1,
      dataset: 'mini',
      steps: [presentTour[3]!, presentTour[1]!],
    });
    renderPresent(`/present?tour=${tour}`);
    expect(await screen.findByText('Step 1 of 2')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Over time' })).toBeVisible();
  });

  it('says when a shared tour was made for another dataset', async () => {
    const tour = encodeTour({
      kind: 'common-ground-tour',
      version: 1,
      dataset: 'elsewhere',
      steps: [presentTour[1]!],
    });
    renderPresent(`/present?tour=${tour}`);
    expect(await screen.findByText(/made for the dataset “elsewhere”/)).toBeVisible();
    expect(screen.getByText('Step 1 of 1')).toBeVisible();
  });

  it('lists the problems of an unreadable tour link and plays the dataset’s tour', async () => {
    const broken = encodeTour({
      kind: 'common-ground-tour',
      version: 1,
      dataset: 'mini',
      steps: [{ ...presentTour[1]!, id: 'Not An Id' }],
    });
    renderPresent(`/present?tour=${broken}`);
    expect(await screen.findByText(/could not be read/)).toBeVisible();
    expect(screen.getByText('$.steps[0].id')).toBeVisible();
    expect(screen.getByText('Step 1 of 4')).toBeVisible();
  });

  it('plays the teacher’s stored tour with tour=mine', async () => {
    localStorage.setItem(
      tourStorageKey('mini'),
      JSON.stringify({
        kind: 'common-ground-tour',
        version: 1,
        dataset: 'mini',
        steps: [presentTour[2]!],
      }),
    );
    renderPresent('/present?tour=mine');
    expect(await screen.findByText('Step 1 of 1')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'The League' })).toBeVisible();
  });

  it('explains an empty stored tour', async () => {
    renderPresent('/present?tour=mine');
    expect(await screen.findByText(/Your own tour has no steps yet/)).toBeVisible();
  });
});

describe('presenter tools', () => {
  it('blanks the screen with B and brings it back with any key, keeping the step', async () => {
    const user = userEvent.setup();
    const { router } = renderPresent('/present?step=2');
    await screen.findByText('Step 2 of 4');
    const allSteps = screen.getByRole('button', { name: 'All steps' });
    allSteps.focus();
    await user.keyboard('b');
    expect(screen.getByRole('button', { name: /Black screen/ })).toHaveFocus();
    // Nothing behind the black screen can be reached.
    expect(allSteps.closest('[inert]')).not.toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(screen.queryByRole('button', { name: /Black screen/ })).not.toBeInTheDocument();
    expect(router.state.location.search).toContain('step=2');
    await waitFor(() => expect(allSteps).toHaveFocus());
  });

  it('shows a QR code linking to the step’s view in the app', async () => {
    const user = userEvent.setup();
    renderPresent('/present');
    await screen.findByText('Step 1 of 4');
    await user.click(screen.getByRole('button', { name: 'QR code' }));
    expect(screen.getByRole('button', { name: 'QR code' })).toHaveAttribute('aria-pressed', 'true');
    expect(
      await screen.findByRole('img', { name: 'QR code: this view in Common Ground' }),
    ).toBeVisible();
    const link = screen.getByRole('link', { name: /^http/ });
    expect(link.getAttribute('href')).toMatch(/^http:\/\/localhost(:\d+)?\/\?at=2024-06-14&/);
    expect(link.getAttribute('href')).toContain('focus=south:border');
    await user.keyboard('q');
    expect(screen.queryByRole('img', { name: /QR code/ })).not.toBeInTheDocument();
  });

  it('leaves with Esc for the step’s view in the app', async () => {
    const user = userEvent.setup();
    const { router } = renderPresent('/present?step=1&lang=en');
    await screen.findByText('Step 1 of 4');
    expect(screen.getByRole('link', { name: 'Leave presentation' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/\?at=2024-06-14&parties=north,south&focus=south:border/),
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(router.state.location.search).toContain('lang=en');
  });

  it('lists the keys in a help dialog', async () => {
    const user = userEvent.setup();
    renderPresent('/present');
    await screen.findByText('Step 1 of 4');
    await user.click(screen.getByRole('button', { name: 'Keys' }));
    const dialog = screen.getByRole('dialog', { name: 'Keys' });
    expect(dialog).toHaveTextContent('Page Down');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keys' })).toHaveFocus();
  });

  describe('full screen', () => {
    let request: ReturnType<typeof vi.fn>;
    beforeEach(() => {
      request = vi.fn(async () => {
        Object.defineProperty(document, 'fullscreenElement', {
          configurable: true,
          value: document.documentElement,
        });
        document.dispatchEvent(new Event('fullscreenchange'));
      });
      Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true });
      document.documentElement.requestFullscreen = request as never;
    });
    afterEach(() => {
      delete (document as { fullscreenEnabled?: boolean }).fullscreenEnabled;
      delete (document as { fullscreenElement?: Element }).fullscreenElement;
      delete (document.documentElement as { requestFullscreen?: unknown }).requestFullscreen;
    });

    it('enters full screen with F and relabels the button', async () => {
      const user = userEvent.setup();
      renderPresent('/present');
      await screen.findByText('Step 1 of 4');
      expect(screen.getByRole('button', { name: 'Full screen' })).toBeVisible();
      await user.keyboard('f');
      expect(request).toHaveBeenCalledTimes(1);
      expect(await screen.findByRole('button', { name: 'Exit full screen' })).toBeVisible();
    });
  });

  it('has no full-screen button where the browser cannot do it', async () => {
    renderPresent('/present');
    await screen.findByText('Step 1 of 4');
    expect(screen.queryByRole('button', { name: 'Full screen' })).not.toBeInTheDocument();
  });
});
