import '../../i18n/en-tour';
import { useId } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { Localized, TourStep } from '../../model/types';
import { stepLink } from '../../state/tour-steps';
import type { ViewState } from '../../state/view-state';
import { AppLink } from './AppLink';
import { stepName, stepSummary } from './tour-text';

/** The step fields a teacher writes, each kept per language. */
export type StepText = 'title' | 'body' | 'question';

export interface StepEditorProps {
  readonly step: TourStep;
  /** 1-based place in the tour, and how many steps there are. */
  readonly position: number;
  readonly count: number;
  /** The page's view state: "Open this view" keeps its language, theme and dataset. */
  readonly keep: ViewState;
  readonly onText: (step: TourStep, field: StepText, value: string) => void;
  readonly onMove: (step: TourStep, delta: -1 | 1) => void;
  readonly onRemove: (step: TourStep) => void;
  readonly onOpen: () => void;
}

/** The text shown for editing: this language's, else the one a reader would see (a fallback). */
function textIn(text: Localized | undefined, lang: string): string {
  if (!text) return '';
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}

/** One step of the teacher's tour: its title, note and question, and where it sits. */
export function StepEditor(props: StepEditorProps) {
  const { step, position, count, keep, onText } = props;
  const { t, lang } = useI18n();
  const id = useId();
  const name = stepName(step, position, lang, t);
  return (
    <li className="tour-step" data-step={step.id}>
      <div className="tour-step-head">
        <h3>{t('tour.step', { n: position })}</h3>
        <span className="tour-step-summary">{stepSummary(step, lang, t)}</span>
      </div>
      <label className="tour-field">
        {t('tour.field.title')}
        <input
          type="text"
          data-focus="title"
          value={textIn(step.title, lang)}
          onChange={(e) => onText(step, 'title', e.target.value)}
        />
      </label>
      <label className="tour-field">
        {t('tour.field.body')}
        <textarea
          rows={3}
          value={textIn(step.body, lang)}
          onChange={(e) => onText(step, 'body', e.target.value)}
        />
      </label>
      <div className="tour-field">
        <label htmlFor={`${id}-question`}>{t('tour.field.question')}</label>
        <textarea
          id={`${id}-question`}
          rows={2}
          aria-describedby={`${id}-q`}
          value={textIn(step.question, lang)}
          onChange={(e) => onText(step, 'question', e.target.value)}
        />
        <span id={`${id}-q`} className="tour-hint">
          {t('tour.field.questionHint')}
        </span>
      </div>
      <div className="tour-step-actions">
        <button
          type="button"
          data-focus="up"
          disabled={position === 1}
          aria-label={t('tour.moveUpLabel', { title: name })}
          onClick={() => props.onMove(step, -1)}
        >
          <span aria-hidden="true">↑ </span>
          {t('tour.moveUp')}
        </button>
        <button
          type="button"
          data-focus="down"
          disabled={position === count}
          aria-label={t('tour.moveDownLabel', { title: name })}
          onClick={() => props.onMove(step, 1)}
        >
          <span aria-hidden="true">↓ </span>
          {t('tour.moveDown')}
        </button>
        <button
          type="button"
          aria-label={t('tour.removeLabel', { title: name })}
          onClick={() => props.onRemove(step)}
        >
          {t('tour.remove')}
        </button>
        <AppLink
          to={stepLink(step, keep)}
          aria-label={t('tour.openLabel', { title: name })}
          onClick={props.onOpen}
        >
          {t('tour.open')}
        </AppLink>
      </div>
    </li>
  );
}
