import '../../i18n/en-tour';
import { useLayoutEffect, useRef } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { Localized, TourStep } from '../../model/types';
import type { TeacherTour } from '../../state/tour-store';
import type { ViewState } from '../../state/view-state';
import { StepEditor, type StepText } from './StepEditor';
import { stepName } from './tour-text';

/** A message for the dialog's live region, optionally with a way to take the change back. */
export interface Feedback {
  readonly text: string;
  readonly undo?: { readonly label: string; readonly run: () => void } | undefined;
}

export interface StepListProps {
  readonly tour: TeacherTour;
  readonly keep: ViewState;
  readonly announce: (feedback: Feedback) => void;
  readonly onOpen: () => void;
}

interface FocusTarget {
  readonly id: string;
  /** `data-focus` of the control, then one to use if that one is disabled now. */
  readonly what: readonly string[];
}

/** `text` with this language's version set; an empty question is no question at all. */
function withText(
  step: TourStep,
  field: StepText,
  lang: string,
  value: string,
): Localized | undefined {
  const next = { ...step[field], [lang]: value };
  if (field === 'question' && Object.values(next).every((v) => v.trim() === '')) return undefined;
  return next;
}

/** The steps of the teacher's tour, each editable; moving and removing keep the keyboard's place. */
export function StepList({ tour, keep, announce, onOpen }: StepListProps) {
  const { t, lang } = useI18n();
  const list = useRef<HTMLOListElement>(null);
  const pending = useRef<FocusTarget | undefined>(undefined);
  // A moved step's button is re-inserted in the DOM, which drops focus: put it back.
  useLayoutEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = undefined;
    const item = list.current?.querySelector(`[data-step="${CSS.escape(target.id)}"]`);
    for (const what of target.what) {
      const control = item?.querySelector<HTMLElement>(`[data-focus="${what}"]`);
      if (control && !(control as HTMLButtonElement).disabled) return control.focus();
    }
  }, [tour.steps]);

  const count = tour.steps.length;
  const onText = (step: TourStep, field: StepText, value: string) =>
    tour.update(step.id, { [field]: withText(step, field, lang, value) });
  const onMove = (step: TourStep, delta: -1 | 1) => {
    const from = tour.steps.indexOf(step);
    const name = stepName(step, from + 1, lang, t);
    pending.current = { id: step.id, what: delta < 0 ? ['up', 'down'] : ['down', 'up'] };
    tour.move(step.id, delta);
    announce({ text: t('tour.moved', { title: name, n: from + 1 + delta, count }) });
  };
  const onRemove = (step: TourStep) => {
    const at = tour.steps.indexOf(step);
    const name = stepName(step, at + 1, lang, t);
    tour.remove(step.id);
    // Undo puts the step back where it was, into the tour as it is by then.
    const undo = () => {
      pending.current = { id: step.id, what: ['title'] };
      tour.insert(step, at);
      announce({ text: t('tour.restored', { title: name, n: Math.min(at, count - 1) + 1 }) });
    };
    announce({ text: t('tour.removed', { title: name }), undo: { label: name, run: undo } });
  };
  return (
    <ol ref={list} className="tour-steps" aria-label={t('tour.steps')}>
      {tour.steps.map((step, i) => (
        <StepEditor
          key={step.id}
          step={step}
          position={i + 1}
          count={count}
          keep={keep}
          onText={onText}
          onMove={onMove}
          onRemove={onRemove}
          onOpen={onOpen}
        />
      ))}
    </ol>
  );
}
