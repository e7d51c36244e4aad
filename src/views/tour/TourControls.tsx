import type { StepRoute } from '../../state/tour-steps';
import { AddStepButton } from './AddStepButton';
import { MyTourButton } from './MyTourButton';

/** The tour's two buttons for a page head: add the view shown on `route`, open "My tour". */
export function TourControls({ route }: { readonly route: StepRoute }) {
  return (
    <div className="tour-controls">
      <AddStepButton route={route} />
      <MyTourButton />
    </div>
  );
}
