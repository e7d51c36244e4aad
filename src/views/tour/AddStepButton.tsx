import '../../i18n/en-tour';
import { useRef, useState } from 'react';
import { MAX_TOUR_STEPS } from '../../data/tour-file';
import { useI18n } from '../../i18n/use-i18n';
import type { TourStep } from '../../model/types';
import { useDatasetIndex } from '../../state/dataset-context';
import { useAppStore } from '../../state/store-context';
import { stepState, type StepRoute } from '../../state/tour-steps';
import { nextStepId, useTeacherTour } from '../../state/tour-store';
import { useEffectiveView } from '../../state/use-effective-view';
import type { ViewState } from '../../state/view-state';
import { defaultStepTitle } from './tour-text';
import { TourDialog } from './TourDialog';
import './tour.css';

interface Outcome {
  readonly text: string;
  /** The view the message speaks of: once the reader moves on, it is stale and hidden. */
  readonly view: ViewState;
  /** The step just added (to edit it), or none: then the button opens the whole tour. */
  readonly step?: { readonly id: string; readonly n: number } | undefined;
}

/**
 * "Add this view as a step": the current view, as the reader sees it (date, parties and issues
 * pinned, so the step stays the same when the data grows), joins the teacher's tour with a title
 * made from the view in the reader's language. A polite status says which step it became.
 */
export function AddStepButton({ route }: { readonly route: StepRoute }) {
  const { t, lang } = useI18n();
  const index = useDatasetIndex();
  const view = useAppStore((s) => s.view);
  const effective = useEffectiveView();
  const tour = useTeacherTour(index.dataset.id);
  const [outcome, setOutcome] = useState<Outcome>();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const shown = outcome?.view === view ? outcome : undefined;
  const add = () => {
    if (tour.problem === 'damaged') return setOutcome({ text: t('tour.addDamaged'), view });
    if (tour.steps.length >= MAX_TOUR_STEPS)
      return setOutcome({ text: t('tour.addTooMany', { max: MAX_TOUR_STEPS }), view });
    const pinned = { at: effective.at, parties: effective.parties, issues: effective.issues };
    const step: TourStep = {
      id: nextStepId(tour.steps),
      title: { [lang]: defaultStepTitle(route, effective, index, lang, t) },
      body: {},
      state: stepState(route, { ...view, ...pinned }),
    };
    const problem = tour.add(step);
    const n = tour.steps.length + 1;
    const text = t('tour.added', { n });
    setOutcome({
      text: problem ? `${text} ${t(`tour.problem.${problem}`)}` : text,
      view,
      step: { id: step.id, n },
    });
  };
  return (
    <div className="tour-add">
      <button type="button" onClick={add}>
        {t('tour.add')}
      </button>
      <span role="status" className="tour-added">
        {shown?.text}
      </span>
      {shown && (
        <button
          ref={editButton}
          type="button"
          aria-haspopup="dialog"
          onClick={() => setEditing(true)}
        >
          {shown.step ? t('tour.editStep', { n: shown.step.n }) : t('tour.dialog')}
        </button>
      )}
      {editing && (
        <TourDialog
          focusStep={shown?.step?.id}
          onClose={() => {
            setEditing(false);
            editButton.current?.focus();
          }}
        />
      )}
    </div>
  );
}
