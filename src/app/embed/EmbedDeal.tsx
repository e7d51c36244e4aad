import '../../i18n/en-deal';
import { useCallback } from 'react';
import { pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import { useDatasetIndex } from '../../state/dataset-context';
import { useAppStore } from '../../state/store-context';
import { useEffectiveView } from '../../state/use-effective-view';
import { DealSummaryView } from '../../views/deal/DealSummaryView';
import { DealVerdicts } from '../../views/deal/DealVerdicts';
import { EmbedFrame } from './EmbedFrame';

/** `/embed/deal`: a deal's verdicts (plan or chosen terms × parties, as of a date) and who could sign. */
export function EmbedDeal() {
  const { t, lang } = useI18n();
  const index = useDatasetIndex();
  const view = useEffectiveView();
  const update = useAppStore((s) => s.update);
  // Selecting a cell marks it and carries it into the "Open in Common Ground" link.
  const onSelect = useCallback(
    (party: string, issue: string) => update({ focus: { party, issue } }),
    [update],
  );
  const { plan, terms, parties, at, rel, focus } = view;
  const name = plan && view.termsFromPlan ? pick(plan.title, lang) : t('embed.customDeal');
  return (
    <EmbedFrame
      index={index}
      view={view}
      sourcesUntil={at}
      appPath="deal"
      subtitle={t('embed.dealOf', { name })}
    >
      <DealVerdicts
        index={index}
        terms={terms}
        parties={parties}
        at={at}
        rel={rel}
        onSelect={onSelect}
        selected={focus}
      />
      <DealSummaryView index={index} terms={terms} parties={parties} at={at} rel={rel} />
    </EmbedFrame>
  );
}
