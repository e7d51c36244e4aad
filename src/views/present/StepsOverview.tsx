import '../../i18n/en-present';
import { useRef } from 'react';
import { pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { TourStep } from '../../model/types';
import { PresentDialog } from './PresentDialog';

export interface StepsOverviewProps {
  readonly steps: readonly TourStep[];
  /** The current step, 1-based. */
  readonly current: number;
  readonly onChoose: (step: number) => void;
  readonly onClose: () => void;
}

/** "All steps": every step's title; choosing one jumps there. The current one is marked. */
export function StepsOverview({ steps, current, onChoose, onClose }: StepsOverviewProps) {
  const { t, lang } = useI18n();
  const list = useRef<HTMLOListElement>(null);
  return (
    <PresentDialog
      title={t('present.overview.title')}
      onClose={onClose}
      className="present-overview"
      initialFocus={() => list.current?.querySelector<HTMLElement>('[aria-current="step"]')}
    >
      <ol ref={list} className="present-overview-list">
        {steps.map((step, i) => (
          <li key={step.id}>
            <button
              type="button"
              aria-current={i + 1 === current ? 'step' : undefined}
              onClick={() => onChoose(i + 1)}
            >
              <span className="present-overview-number">{i + 1}</span>
              <span className="present-overview-title">{pick(step.title, lang)}</span>
              {step.question && (
                <span className="present-overview-tag">{t('present.overview.question')}</span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </PresentDialog>
  );
}
