import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FocusEvent } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { ExportFiles } from '../../export/types';
import { exportActions, type ExportAction } from './export-actions';
import { useMenuKeys } from './menu-keys';
import type { Paper } from './Handout';
import './export-menu.css';

// The handout and its QR code load only when a reader asks to print.
const Handout = lazy(() => import('./Handout').then((m) => ({ default: m.Handout })));

export interface ExportMenuProps {
  /** The area it exports: names the button ("Export matrix") and the CSV entry. */
  readonly what: 'matrix' | 'timeline';
  /** Builds the files from the model when an entry is chosen (import the builder lazily here). */
  readonly build: () => Promise<ExportFiles>;
}

interface Printing {
  readonly files: ExportFiles;
  readonly paper: Paper;
  readonly url: string;
}

/**
 * "Export": a disclosure button with the formats — PNG at 1× and 2×, SVG, CSV, the dataset, and a
 * printed handout on A4 or Letter. Files are built from the model only when an entry is chosen.
 */
export function ExportMenu({ what, build }: ExportMenuProps) {
  const { t } = useI18n();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [printing, setPrinting] = useState<Printing>();
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const actions = useMemo(
    () => exportActions(what === 'matrix' ? 'export.csv.matrix' : 'export.csv.statements'),
    [what],
  );
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  const onKeyDown = useMenuKeys(list, close);
  // The first entry takes focus when the menu opens, so the keyboard is already in it.
  useEffect(() => {
    if (open) list.current?.querySelector('button')?.focus();
  }, [open]);
  const onBlur = (e: FocusEvent) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
  };
  const choose = async (action: ExportAction) => {
    close();
    setStatus(t('export.busy'));
    try {
      const files = await build();
      if ('paper' in action.run) {
        setStatus('');
        setPrinting({ files, paper: action.run.paper, url: window.location.href });
      } else setStatus(t('export.saved', { file: await action.run.save(files) }));
    } catch (error) {
      setStatus(
        t('export.failed', { detail: error instanceof Error ? error.message : String(error) }),
      );
    }
  };
  const donePrinting = useCallback(() => setPrinting(undefined), []);
  return (
    <div className="export-menu" onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        aria-label={t(`export.name.${what}`)}
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) close();
        }}
      >
        {t('export.button')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul id={listId} ref={list} className="export-menu-list" aria-label={t('export.menu')}>
          {actions.map((action) => (
            <li key={action.id}>
              <button type="button" onClick={() => void choose(action)} onKeyDown={onKeyDown}>
                {t(action.label)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <span className="export-status" role="status">
        {status}
      </span>
      {printing && (
        <Suspense fallback={null}>
          <Handout
            files={printing.files}
            paper={printing.paper}
            url={printing.url}
            onDone={donePrinting}
          />
        </Suspense>
      )}
    </div>
  );
}
