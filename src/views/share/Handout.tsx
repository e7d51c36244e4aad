import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../../i18n/use-i18n';
import { svgDataUrl } from '../../export/svg-raster';
import type { ExportFiles } from '../../export/types';
import { safeHref } from '../../ui/safe-href';
import { QrCode } from './QrCode';
import './handout.css';

export type Paper = 'A4' | 'letter';

/** Sources listed on the page; the rest are counted (the page must stay one page). */
const MAX_SOURCES = 24;
/** While this class is on <html>, printing shows only the handout (see handout.css). */
export const PRINTING_CLASS = 'handout-printing';

export interface HandoutProps {
  readonly files: ExportFiles;
  readonly paper: Paper;
  /** The live view's address, printed as text and as a QR code. */
  readonly url: string;
  /** Called once the page has been sent to the printer (or the dialog closed). */
  readonly onDone: () => void;
  /** Opens the print dialog; default `window.print`. */
  readonly print?: () => void;
}

/** Waits for the picture, then prints; the handout leaves when the print dialog closes. */
function usePrintWhenReady(image: { current: HTMLImageElement | null }, props: HandoutProps) {
  const { onDone, print } = props;
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add(PRINTING_CLASS);
    let cancelled = false;
    const after = () => onDone();
    window.addEventListener('afterprint', after);
    const img = image.current;
    const ready = img?.decode ? img.decode().catch(() => undefined) : Promise.resolve();
    void ready.then(() => {
      if (!cancelled) (print ?? (() => window.print()))();
    });
    return () => {
      cancelled = true;
      window.removeEventListener('afterprint', after);
      root.classList.remove(PRINTING_CLASS);
    };
  }, [image, onDone, print]);
}

/**
 * The one-page handout: title, "as of" line, the view, its summary, its sources and a QR code
 * back to the live view. It exists only while printing and shows only in print.
 */
export function Handout(props: HandoutProps) {
  const { files, paper, url } = props;
  const { t, lang } = useI18n();
  const image = useRef<HTMLImageElement>(null);
  usePrintWhenReady(image, props);
  const { handout } = files;
  const shown = handout.sources.slice(0, MAX_SOURCES);
  const more = handout.sources.length - shown.length;
  return createPortal(
    <div className="handout" lang={lang}>
      <style>{`@page { size: ${paper}; margin: 12mm; }`}</style>
      <h1>{handout.title}</h1>
      <p className="handout-as-of">{handout.asOf}</p>
      <img
        ref={image}
        className="handout-view"
        src={svgDataUrl(files.svg.text)}
        alt={handout.imageAlt}
      />
      <section className="handout-summary">
        <h2>{t('summary.heading')}</h2>
        <p>{handout.summary}</p>
      </section>
      <section className="handout-sources">
        <h2>{t('export.handout.sources')}</h2>
        <ol>
          {shown.map((s) => (
            <li key={s.url}>
              {s.outlet}: {safeHref(s.url) ?? ''}
            </li>
          ))}
        </ol>
        {more > 0 && <p>{t('export.handout.more', { count: more })}</p>}
      </section>
      <footer className="handout-link">
        <QrCode text={url} label={t('export.handout.qr')} />
        <p>
          {t('export.handout.link')}: <span className="handout-url">{url}</span>
        </p>
      </footer>
    </div>,
    document.body,
  );
}
