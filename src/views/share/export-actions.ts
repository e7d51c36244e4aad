import type { MessageKey } from '../../i18n/i18n';
import { CSV_MIME } from '../../export/csv';
import { JSON_MIME } from '../../export/dataset-json';
import { downloadBlob, downloadText } from '../../export/download';
import { fileName } from '../../export/filename';
import { SVG_MIME, svgToPng } from '../../export/svg-raster';
import type { ExportFiles } from '../../export/types';
import type { Paper } from './Handout';

export type ExportActionId = 'png1' | 'png2' | 'svg' | 'csv' | 'dataset' | 'a4' | 'letter';

/** A menu entry as data: its label and what it does with the built files. */
export interface ExportAction {
  readonly id: ExportActionId;
  readonly label: MessageKey;
  /** Saves a file and returns its name; or asks for a printed handout on `paper`. */
  readonly run:
    { readonly save: (files: ExportFiles) => Promise<string> } | { readonly paper: Paper };
}

async function savePng(files: ExportFiles, scale: 1 | 2): Promise<string> {
  const name = fileName(scale === 2 ? `${files.base}-2x` : files.base, 'png');
  downloadBlob(await svgToPng(files.svg, scale), name);
  return name;
}

function saveText(text: string, name: string, mime: string): Promise<string> {
  downloadText(text, name, mime);
  return Promise.resolve(name);
}

/** The menu, in order; `csv` is labelled by what the area exports (matrix or statements). */
export function exportActions(csvLabel: MessageKey): readonly ExportAction[] {
  return [
    { id: 'png1', label: 'export.png1', run: { save: (f) => savePng(f, 1) } },
    { id: 'png2', label: 'export.png2', run: { save: (f) => savePng(f, 2) } },
    {
      id: 'svg',
      label: 'export.svg',
      run: { save: (f) => saveText(f.svg.text, fileName(f.base, 'svg'), SVG_MIME) },
    },
    {
      id: 'csv',
      label: csvLabel,
      run: { save: (f) => saveText(f.csv, fileName(f.base, 'csv'), CSV_MIME) },
    },
    {
      id: 'dataset',
      label: 'export.dataset',
      run: {
        save: (f) => {
          const { text, name } = f.dataset();
          return saveText(text, name, JSON_MIME);
        },
      },
    },
    { id: 'a4', label: 'export.print.a4', run: { paper: 'A4' } },
    { id: 'letter', label: 'export.print.letter', run: { paper: 'letter' } },
  ];
}
