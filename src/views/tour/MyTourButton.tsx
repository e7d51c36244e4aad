import '../../i18n/en-tour';
import { useRef, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { useDatasetIndex } from '../../state/dataset-context';
import { useTeacherTour } from '../../state/tour-store';
import { TourDialog } from './TourDialog';
import './tour.css';

/** "My tour (3)": opens the editor of the teacher's tour; focus comes back here on close. */
export function MyTourButton() {
  const { t } = useI18n();
  const tour = useTeacherTour(useDatasetIndex().dataset.id);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="tour-my"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('tour.my', { count: tour.steps.length })}
      </button>
      {open && (
        <TourDialog
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
