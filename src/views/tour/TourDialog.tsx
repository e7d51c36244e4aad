import '../../i18n/en-tour';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { useDatasetIndex } from '../../state/dataset-context';
import { useAppStore } from '../../state/store-context';
import { useTeacherTour } from '../../state/tour-store';
import { ImportPanel } from './ImportPanel';
import { ProblemNotice } from './ProblemNotice';
import { StepList, type Feedback } from './StepList';
import { TourActions } from './TourActions';
import { closeModal, escapeCloses, useModal } from '../../ui/use-modal';
import { useTourImport } from './use-tour-import';
import './tour.css';

export interface TourDialogProps {
  /** A step whose title takes focus when the dialog opens (just added); else the first control. */
  readonly focusStep?: string | undefined;
  /** Called when the reader closes the dialog (Esc, Close, leaving); the caller unmounts it. */
  readonly onClose: () => void;
}

/** "My tour": the teacher's steps to edit, reorder and remove; present, export, import, share. */
export function TourDialog({ focusStep, onClose }: TourDialogProps) {
  const { t } = useI18n();
  const dataset = useDatasetIndex().dataset.id;
  const tour = useTeacherTour(dataset);
  const keep = useAppStore((s) => s.view);
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const [feedback, setFeedback] = useState<Feedback>({ text: '' });
  useModal(dialog, () =>
    focusStep === undefined
      ? undefined
      : dialog.current?.querySelector<HTMLElement>(
          `[data-step="${CSS.escape(focusStep)}"] [data-focus="title"]`,
        ),
  );
  const done = () => {
    closeModal(dialog.current);
    onClose();
  };
  // After an import the panel that held focus is gone: the heading takes it, the status speaks.
  const settle = (text: string) => {
    setFeedback({ text });
    heading.current?.focus();
  };
  const io = useTourImport(tour, dataset, (count) =>
    settle(count === 1 ? t('tour.import.doneOne') : t('tour.import.done', { count })),
  );
  const importer = {
    ...io,
    cancel: () => {
      io.cancel();
      settle(t('tour.import.cancelled'));
    },
  };
  // A removal offers Undo: the button takes focus, so one key press takes it back.
  useEffect(() => {
    if (feedback.undo) undoButton.current?.focus();
  }, [feedback]);
  return (
    <dialog
      ref={dialog}
      className="modal-dialog tour-dialog"
      aria-labelledby={headingId}
      onCancel={(e) => escapeCloses(e, done)}
      onKeyDown={(e) => escapeCloses(e, done)}
    >
      <div className="tour-dialog-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {t('tour.dialog')}
        </h2>
        <button type="button" onClick={done}>
          {t('tour.close')}
        </button>
      </div>
      <ProblemNotice tour={tour} dataset={dataset} announce={setFeedback} />
      <TourActions
        tour={tour}
        dataset={dataset}
        keep={keep}
        io={importer}
        announce={setFeedback}
        onLeave={done}
      />
      <ImportPanel dataset={dataset} io={importer} />
      {tour.steps.length === 0 ? (
        <p className="tour-empty">{t('tour.empty')}</p>
      ) : (
        <>
          <p className="tour-hint">{t('tour.savedAsYouType')}</p>
          <StepList tour={tour} keep={keep} announce={setFeedback} onOpen={done} />
        </>
      )}
      <div className={feedback.text ? 'tour-feedback' : 'tour-feedback is-empty'}>
        <p role="status">{feedback.text}</p>
        {feedback.undo && (
          <button
            ref={undoButton}
            type="button"
            aria-label={t('tour.undoLabel', { title: feedback.undo.label })}
            onClick={() => feedback.undo?.run()}
          >
            {t('tour.undo')}
          </button>
        )}
      </div>
    </dialog>
  );
}
