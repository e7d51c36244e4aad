import '../../i18n/en-present';
import { useEffect, useRef, type ReactNode } from 'react';
import { pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { TourStep } from '../../model/types';
import type { StepPlace } from './present-steps';

export interface StepPanelProps {
  readonly step: TourStep;
  readonly place: StepPlace;
  readonly concealed: boolean;
  readonly onReveal: () => void;
  /** Next as the keys do it: reveals a concealed step first. */
  readonly onNext: () => void;
  readonly onPrevious: () => void;
  /** Shown under the step's text, scrolling with it: the details of the focused cell. */
  readonly children?: ReactNode;
}

type Pressed = 'next' | 'previous' | 'reveal';

/**
 * Keeps focus on the panel's buttons: the button just pressed may be gone (Reveal) or disabled
 * (Next on the last step, Previous on the first) once the step is drawn; focus then moves on.
 */
function useButtonFocus(step: number, concealed: boolean) {
  const pressedRef = useRef<Pressed | undefined>(undefined);
  const previousRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const which = pressedRef.current;
    pressedRef.current = undefined;
    const next = nextRef.current;
    const previous = previousRef.current;
    const usable = (b: HTMLButtonElement | null) => (b && !b.disabled ? b : null);
    if (which === 'reveal') (usable(next) ?? usable(previous))?.focus();
    else if (which === 'next' && next?.disabled) previous?.focus();
    else if (which === 'previous' && previous?.disabled) next?.focus();
  }, [step, concealed]);
  return { pressedRef, previousRef, nextRef };
}

/** The step's words: counter, title, then the question (concealed) or the text, and the buttons. */
export function StepPanel(props: StepPanelProps) {
  const { step, place, concealed } = props;
  const { t, lang } = useI18n();
  const { pressedRef, previousRef, nextRef } = useButtonFocus(place.step, concealed);
  return (
    <div className="present-step">
      <div className="present-text">
        <p className="present-counter">
          {t('present.counter', { step: place.step, count: place.count })}
        </p>
        <h1>{pick(step.title, lang)}</h1>
        {step.question && (
          <div className={concealed ? 'present-question' : 'present-question answered'}>
            <p className="present-question-label">{t('present.question')}</p>
            <p className="present-question-text">{pick(step.question, lang)}</p>
          </div>
        )}
        {!concealed && <p className="present-body">{pick(step.body, lang)}</p>}
        {props.children}
      </div>
      <div className="present-buttons">
        <button
          ref={previousRef}
          type="button"
          disabled={place.step <= 1}
          onClick={() => {
            pressedRef.current = 'previous';
            props.onPrevious();
          }}
        >
          {t('present.previous')}
        </button>
        {concealed && (
          <button
            type="button"
            className="present-reveal"
            onClick={() => {
              pressedRef.current = 'reveal';
              props.onReveal();
            }}
          >
            {t('present.reveal')}
          </button>
        )}
        <button
          ref={nextRef}
          type="button"
          disabled={place.step >= place.count && !concealed}
          onClick={() => {
            pressedRef.current = 'next';
            props.onNext();
          }}
        >
          {t('present.next')}
        </button>
      </div>
    </div>
  );
}
