import '../../i18n/en-present';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { useDatasetIndex } from '../../state/dataset-context';
import { useAppStore } from '../../state/store-context';
import { serializeQuery } from '../../state/url-codec';
import { PresentDeck } from './PresentDeck';
import { placeStep } from './present-steps';
import { TourNotes } from './TourNotes';
import { usePresentTour } from './use-present-tour';
import './present.css';

/**
 * `/present`: plays a tour (the dataset's, the teacher's own, or one shared in the link) step by
 * step on a projector. The step is in the URL, so every step can be linked.
 */
export function PresentPage() {
  const { t } = useI18n();
  const index = useDatasetIndex();
  const view = useAppStore((s) => s.view);
  const tour = usePresentTour(index, view.tour);
  const place = placeStep(view.step, tour.steps.length);
  const notes = <TourNotes tour={tour} place={place} />;
  if (tour.steps.length === 0) {
    const { lang, theme, dataset, data, version } = view;
    const query = serializeQuery({ lang, theme, dataset, data, version });
    return (
      <div className="present-empty">
        <h1>{t('present.empty.title')}</h1>
        {notes}
        <p>{t(tour.kind === 'mine' ? 'present.empty.mine' : 'present.empty.dataset')}</p>
        <Link to={`/${query ? `?${query}` : ''}`}>{t('present.empty.back')}</Link>
      </div>
    );
  }
  return <PresentDeck index={index} steps={tour.steps} place={place} notes={notes} />;
}
