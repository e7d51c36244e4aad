import type { OutcomeState } from '../../model/matrix';

/** One mark per outcome, in scale order; shape and pattern carry the state, colour only reinforces it. */
export function OutcomeMarks({ states }: { states: readonly OutcomeState[] }) {
  return (
    <span className="outcome-marks" aria-hidden="true">
      {states.map((state, i) => (
        <span key={i} className={`mark mark-${state}`} />
      ))}
    </span>
  );
}

export function OutcomeMark({ state }: { state: OutcomeState | 'unknown' }) {
  return <span className={`mark mark-${state}`} aria-hidden="true" />;
}
