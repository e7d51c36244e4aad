import '../../i18n/en-deal';
import { pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import { useDatasetIndex } from '../../state/dataset-context';
import { useEffectiveView } from '../../state/use-effective-view';
import { DealPage } from '../../views/deal/DealPage';
import { ShareMenu } from '../../views/share/ShareMenu';
import { TourControls } from '../../views/tour/TourControls';

const DEAL_EMBED = ['deal'] as const;

/** `/deal`: the deal builder, with the link to send and "Add this view as a step" by its title. */
export function DealRoute() {
  const { t, lang } = useI18n();
  const { dataset } = useDatasetIndex();
  const { at } = useEffectiveView();
  const title = `${t('deal.title')} · ${pick(dataset.title, lang)}`;
  return (
    <DealPage
      actions={
        <>
          <ShareMenu title={title} version={dataset.version} at={at} embedKinds={DEAL_EMBED} />
          <TourControls route="/deal" />
        </>
      }
    />
  );
}
