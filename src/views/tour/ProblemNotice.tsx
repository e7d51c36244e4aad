import '../../i18n/en-tour';
import { downloadText } from '../../export/download';
import { useI18n } from '../../i18n/use-i18n';
import { damagedTourText, type TeacherTour } from '../../state/tour-store';
import type { Feedback } from './StepList';

/**
 * Why the tour is not (fully) kept in this browser, in plain words, and what to do about it.
 * Lives in a polite live region, so a problem that a change runs into is heard as it appears.
 */
export function ProblemNotice({
  tour,
  dataset,
  announce,
}: {
  readonly tour: TeacherTour;
  readonly dataset: string;
  readonly announce: (feedback: Feedback) => void;
}) {
  const { t } = useI18n();
  const { problem } = tour;
  const saveDamaged = () => {
    const text = damagedTourText(dataset);
    if (text !== undefined)
      downloadText(text, `tour-${dataset}-unreadable.json`, 'application/json');
  };
  return (
    <div aria-live="polite">
      {problem && (
        <div className="tour-problem">
          <p>{t(`tour.problem.${problem}`)}</p>
          {problem === 'damaged' && (
            <div className="tour-buttons">
              <button type="button" onClick={saveDamaged}>
                {t('tour.saveDamaged')}
              </button>
              <button
                type="button"
                onClick={() => {
                  tour.reset();
                  announce({ text: t('tour.resetDone') });
                }}
              >
                {t('tour.reset')}
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
