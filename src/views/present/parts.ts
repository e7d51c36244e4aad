import { createContext, useContext, type ComponentType } from 'react';
import type { DatasetIndex } from '../../model/dataset-index';
import type { DealTerm } from '../../model/deal';
import type { IsoDate, Reliability } from '../../model/types';
import type { EffectiveView } from '../../state/effective';
import type { Focus } from '../../state/view-state';

/**
 * The views the stage shows. Views never import each other, so the app hands them in (see
 * src/app/pages/PresentRoute.tsx); the props are the subset the stage passes.
 */
export interface StageParts {
  /** The explorer's matrix (positions or overlap), its legend and its summary. */
  readonly Matrix: ComponentType<{
    readonly index: DatasetIndex;
    readonly view: EffectiveView;
    readonly onSelect: (focus: Focus) => void;
  }>;
  readonly Timeline: ComponentType<{
    readonly index: DatasetIndex;
    readonly parties: readonly string[];
    readonly issues: readonly string[];
    readonly rel: Reliability;
    readonly at: IsoDate;
    readonly onSelect: (focus: Focus) => void;
    readonly onSeek: (at: IsoDate, options?: { readonly replace: boolean }) => void;
    readonly range?: { readonly from: IsoDate; readonly to: IsoDate } | undefined;
    readonly lanes?: EffectiveView['lanes'] | undefined;
  }>;
  /** The deal's verdict grid: terms × parties. */
  readonly Deal: ComponentType<{
    readonly index: DatasetIndex;
    readonly terms: readonly DealTerm[];
    readonly parties: readonly string[];
    readonly at: IsoDate;
    readonly rel: Reliability;
    readonly onSelect?: ((party: string, issue: string) => void) | undefined;
    readonly selected?: Focus | undefined;
  }>;
  readonly Details: ComponentType<{
    readonly index: DatasetIndex;
    readonly focus: Focus | undefined;
    readonly at: IsoDate;
    readonly rel: Reliability;
    readonly onClose: () => void;
  }>;
  readonly Qr: ComponentType<{
    readonly text: string;
    readonly label: string;
    readonly size?: number;
  }>;
}

export const PresentPartsContext = createContext<StageParts | null>(null);

/** The stage's views, or `null` where the app gave none (the panel still works). */
export function usePresentParts(): StageParts | null {
  return useContext(PresentPartsContext);
}
