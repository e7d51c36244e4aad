import { lazy } from 'react';
import { DetailsPanel } from '../../views/details/DetailsPanel';
import { PresentPartsContext, type StageParts } from '../../views/present/parts';
import { PresentPage } from '../../views/present/PresentPage';
import { ExploreMatrix } from './ExploreMatrix';

// Views never import each other: the app hands the presentation the views its stage shows.
// The timeline, the deal's verdicts and the QR code load when a step first needs them.
const parts: StageParts = {
  Matrix: ExploreMatrix,
  Details: DetailsPanel,
  Timeline: lazy(() =>
    import('../../views/timeline/Timeline').then((m) => ({ default: m.Timeline })),
  ),
  Deal: lazy(() =>
    import('../../views/deal/DealVerdicts').then((m) => ({ default: m.DealVerdicts })),
  ),
  Qr: lazy(() => import('../../views/share/QrCode').then((m) => ({ default: m.QrCode }))),
};

/** `/present`: the presentation, with the views of its stage. */
export function PresentRoute() {
  return (
    <PresentPartsContext value={parts}>
      <PresentPage />
    </PresentPartsContext>
  );
}
