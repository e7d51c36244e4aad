import { createContext, useContext } from 'react';
import type { IsoDate } from '../../model/types';

/** The "as of" date, read only by the cursor so a date step leaves the rest of the timeline alone. */
export const AtContext = createContext<IsoDate | undefined>(undefined);

/** The "as of" line, the one part of the timeline that moves with the date. */
export function Cursor({
  xOf,
  height,
  label,
}: {
  /** The x of a day, or `undefined` when it is outside the visible window. */
  readonly xOf: (at: IsoDate) => number | undefined;
  readonly height: number;
  readonly label: string;
}) {
  const at = useContext(AtContext);
  const x = at === undefined ? undefined : xOf(at);
  if (x === undefined) return null;
  return (
    <g className="cursor-group" data-cursor="">
      <title>{label}</title>
      <rect className="cursor-hit" x={x - 6} y={0} width={12} height={height} />
      <line className="cursor" x1={x} x2={x} y1={0} y2={height} />
      <path className="cursor-knob" d={`M${x - 6},0h12l-6,8Z`} />
    </g>
  );
}
