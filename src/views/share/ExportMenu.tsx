import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { ExportFiles } from '../../export/types';
import { exportActions, type ExportAction } from './export-actions';
import { DisclosureMenu, type MenuChoice } from './DisclosureMenu';
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
  const [status, setStatus] = useState('');
  const [printing, setPrinting] = useState<Printing>();
  const actions = useMemo(
    () => exportActions(what === 'matrix' ? 'export.csv.matrix' : 'export.csv.statements'),
    [what],
  );
  const entries = useMemo(
    () => actions.map((action) => ({ id: action.id, label: t(action.label) })),
    [actions, t],
  );
  const choose = async (id: ExportAction['id'], { close }: MenuChoice) => {
    const action = actions.find((a) => a.id === id);
    if (!action) return;
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
    <DisclosureMenu
      className="export-menu"
      button={t('export.button')}
      buttonLabel={t(`export.name.${what}`)}
      menuLabel={t('export.menu')}
      entries={entries}
      onChoose={(id, menu) => void choose(id, menu)}
    >
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
    </DisclosureMenu>
  );
}
