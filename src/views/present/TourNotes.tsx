import '../../i18n/en-present';
import { useI18n } from '../../i18n/use-i18n';
import type { StepPlace } from './present-steps';
import type { PresentTour } from './use-present-tour';

const MAX_ERRORS = 20;

/** What the presenter should know about the tour: a link past the end, an unreadable tour. */
export function TourNotes({ tour, place }: { tour: PresentTour; place: StepPlace }) {
  const { t, lang } = useI18n();
  const { errors, madeFor, storageProblem } = tour;
  if (!place.pastEnd && errors.length === 0 && !madeFor && !storageProblem) return null;
  return (
    <div className="present-notes" role="status">
      {place.pastEnd && <p>{t('present.note.pastEnd', { count: place.count })}</p>}
      {errors.length > 0 && (
        <>
          <p>{t('present.note.badTour')}</p>
          <ul>
            {errors.slice(0, MAX_ERRORS).map((e, i) => (
              <li key={i}>
                <code>{e.path}</code> {e.message[lang] ?? e.message.en}
              </li>
            ))}
          </ul>
        </>
      )}
      {madeFor && <p>{t('present.note.madeFor', { dataset: madeFor })}</p>}
      {storageProblem && <p>{t(`present.note.storage.${storageProblem}`)}</p>}
    </div>
  );
}
