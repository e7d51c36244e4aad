import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { ExportFiles } from '../../src/export/types';
import { ExportMenu } from '../../src/views/share/ExportMenu';

import * as raster from '../../src/export/svg-raster';

// jsdom has no canvas to rasterise on: the PNG step is replaced, the rest of the module kept.
vi.mock('../../src/export/svg-raster', async (importOriginal) => ({
  ...(await importOriginal<typeof raster>()),
  svgToPng: vi.fn(async () => new Blob(['png'], { type: 'image/png' })),
}));

const files: ExportFiles = {
  base: 'common-ground-mini-matrix-2024-12-31',
  svg: {
    text: '<svg xmlns="http://www.w3.org/2000/svg"><title>Mini</title></svg>',
    width: 600,
    height: 400,
  },
  csv: '\uFEFFParty\r\nNorth\r\n',
  handout: {
    title: 'Mini negotiation — Positions matrix',
    asOf: 'Positions as of 31 December 2024.',
    summary: 'North demands neutrality.',
    imageAlt: 'The matrix',
    sources: [{ outlet: 'Wire A', url: 'https://example.org/a' }],
  },
  dataset: vi.fn(() => ({ text: '{}', name: 'mini-2024-12-31-1.json' })),
};

/** Every saved file: its name and its Blob (URL.createObjectURL is stubbed). */
function captureDownloads() {
  const blobs: Blob[] = [];
  const saved: { name: string; blob: Blob }[] = [];
  // jsdom has no object URLs; each test file has its own globals, so plain stubs are enough.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const i = Number(this.href.split('/').pop()) - 1;
    saved.push({ name: this.download, blob: blobs[i]! });
  });
  return saved;
}

function setup(what: 'matrix' | 'timeline' = 'matrix', build = vi.fn(async () => files)) {
  const user = userEvent.setup();
  render(<ExportMenu what={what} build={build} />);
  return {
    user,
    build,
    button: screen.getByRole('button', {
      name: what === 'matrix' ? 'Export matrix' : 'Export timeline',
    }),
  };
}

test('the menu opens with the first format focused; Esc closes it and returns to the button', async () => {
  const { user, button } = setup();
  expect(button).toHaveAttribute('aria-expanded', 'false');
  await user.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  const items = screen.getAllByRole('button').filter((b) => b !== button);
  expect(items.map((b) => b.textContent)).toEqual([
    'PNG (1×)',
    'PNG (2×)',
    'SVG',
    'CSV: matrix as shown',
    'Dataset (JSON)',
    'Print handout (A4)…',
    'Print handout (Letter)…',
  ]);
  expect(items[0]).toHaveFocus();
  await user.keyboard('{ArrowDown}{ArrowDown}');
  expect(screen.getByRole('button', { name: 'SVG' })).toHaveFocus();
  await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
  expect(screen.getByRole('button', { name: 'Print handout (Letter)…' })).toHaveFocus();
  await user.keyboard('{Escape}');
  expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('button', { name: 'SVG' })).not.toBeInTheDocument();
  expect(button).toHaveFocus();
});

test('the keyboard alone opens the menu and saves an SVG with the right name and type', async () => {
  const saved = captureDownloads();
  const { user, build, button } = setup();
  button.focus();
  await user.keyboard('{Enter}');
  await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
  await screen.findByText('Saved common-ground-mini-matrix-2024-12-31.svg.');
  expect(build).toHaveBeenCalledTimes(1);
  expect(saved).toHaveLength(1);
  expect(saved[0]!.name).toBe('common-ground-mini-matrix-2024-12-31.svg');
  expect(saved[0]!.blob.type).toBe('image/svg+xml');
  expect(button).toHaveFocus();
});

test('CSV, PNG 2× and the dataset are saved with their names and MIME types', async () => {
  const saved = captureDownloads();
  const { user, button } = setup('timeline');
  await user.click(button);
  await user.click(screen.getByRole('button', { name: 'CSV: statements in view' }));
  await screen.findByText(/Saved .*\.csv\./);
  await user.click(button);
  await user.click(screen.getByRole('button', { name: 'PNG (2×)' }));
  await screen.findByText(/Saved .*-2x\.png\./);
  await user.click(button);
  await user.click(screen.getByRole('button', { name: 'Dataset (JSON)' }));
  await screen.findByText('Saved mini-2024-12-31-1.json.');
  expect(saved.map((s) => [s.name, s.blob.type])).toEqual([
    ['common-ground-mini-matrix-2024-12-31.csv', 'text/csv;charset=utf-8'],
    ['common-ground-mini-matrix-2024-12-31-2x.png', 'image/png'],
    ['mini-2024-12-31-1.json', 'application/json'],
  ]);
  expect(raster.svgToPng).toHaveBeenCalledWith(files.svg, 2);
});

test('printing shows the handout with its QR code on A4, then removes it after printing', async () => {
  const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
  const { user, button } = setup();
  await user.click(button);
  await user.click(screen.getByRole('button', { name: 'Print handout (A4)…' }));
  expect(
    await screen.findByRole('img', { name: 'QR code linking to this view' }),
  ).toBeInTheDocument();
  await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  expect(document.documentElement).toHaveClass('handout-printing');
  expect(screen.getByText('North demands neutrality.')).toBeInTheDocument();
  expect(screen.getByText(/Wire A: https:\/\/example\.org\/a/)).toBeInTheDocument();
  expect(document.querySelector('.handout style')?.textContent).toContain('size: A4');
  act(() => {
    window.dispatchEvent(new Event('afterprint'));
  });
  expect(
    screen.queryByRole('img', { name: 'QR code linking to this view' }),
  ).not.toBeInTheDocument();
  expect(document.documentElement).not.toHaveClass('handout-printing');
});

test('Letter paper sets a Letter page', async () => {
  vi.spyOn(window, 'print').mockImplementation(() => undefined);
  const { user, button } = setup();
  await user.click(button);
  await user.click(screen.getByRole('button', { name: 'Print handout (Letter)…' }));
  await screen.findByRole('img', { name: 'QR code linking to this view' });
  expect(document.querySelector('.handout style')?.textContent).toContain('size: letter');
  act(() => {
    window.dispatchEvent(new Event('afterprint'));
  });
});

test('a failed export says so', async () => {
  const { user, button } = setup(
    'matrix',
    vi.fn(async () => Promise.reject(new Error('boom'))),
  );
  await user.click(button);
  await user.click(screen.getByRole('button', { name: 'SVG' }));
  expect(await screen.findByRole('status')).toHaveTextContent('The export did not work: boom');
});
