import '../../i18n/en-tour';
import { useEffect, useId, useRef } from 'react';
import { MAX_TOUR_STEPS } from '../../data/tour-file';
import { pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { ImportState, TourImport } from './use-tour-import';

/** More errors than this are summed up: a garbage file should not bury the dialog. */
const SHOWN_ERRORS = 50;

function ImportErrors({ state }: { readonly state: Extract<ImportState, { phase: 'errors' }> }) {
  const { t, lang } = useI18n();
  const hidden = state.errors.length - SHOWN_ERRORS;
  return (
    <>
      <p>{t('tour.import.problems', { count: state.errors.length })}</p>
      <ul className="tour-import-errors">
        {state.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
          <li key={i}>
            <code>{e.path}</code> {pick(e.message, lang)}
          </li>
        ))}
        {hidden > 0 && <li>{t('tour.import.more', { count: hidden })}</li>}
      </ul>
    </>
  );
}

/** What a chosen tour file holds, and the choices before anything changes. */
export function ImportPanel({
  dataset,
  io,
}: {
  readonly dataset: string;
  readonly io: TourImport;
}) {
  const { t } = useI18n();
  const { state } = io;
  const heading = useRef<HTMLParagraphElement>(null);
  const headingId = useId();
  // The outcome of choosing a file is read first, wherever focus was.
  useEffect(() => {
    if (state.phase !== 'idle') heading.current?.focus();
  }, [state]);
  if (state.phase === 'idle') return null;
  const cancel = (
    <button type="button" onClick={io.cancel}>
      {t(state.phase === 'errors' ? 'tour.import.dismiss' : 'tour.import.cancel')}
    </button>
  );
  if (state.phase === 'errors')
    return (
      <section className="tour-import tour-import-failed" aria-labelledby={headingId}>
        <p id={headingId} ref={heading} tabIndex={-1} className="tour-import-heading">
          {t('tour.import.failed', { file: state.file })}
        </p>
        <ImportErrors state={state} />
        {cancel}
      </section>
    );
  const count = state.tour.steps.length;
  return (
    <section className="tour-import" aria-labelledby={headingId}>
      <p id={headingId} ref={heading} tabIndex={-1} className="tour-import-heading">
        {count === 1
          ? t('tour.import.readyOne', { file: state.file })
          : t('tour.import.readyMany', { file: state.file, count })}
      </p>
      {state.otherDataset && (
        <p className="tour-warning">
          {t('tour.import.otherDataset', { dataset: state.tour.dataset, current: dataset })}
        </p>
      )}
      {state.existing && <p>{t('tour.import.existing')}</p>}
      {state.tooMany !== undefined && (
        <p className="tour-warning" role="alert">
          {t('tour.import.tooMany', { count: state.tooMany, max: MAX_TOUR_STEPS })}
        </p>
      )}
      <div className="tour-buttons">
        {state.existing ? (
          <>
            <button type="button" onClick={() => io.confirm('replace')}>
              {t('tour.import.replace')}
            </button>
            <button type="button" onClick={() => io.confirm('append')}>
              {t('tour.import.append')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => io.confirm('replace')}>
            {t('tour.import.confirm')}
          </button>
        )}
        {cancel}
      </div>
    </section>
  );
}
