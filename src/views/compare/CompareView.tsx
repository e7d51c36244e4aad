import { useMemo } from 'react';
import type { DatasetIndex } from '../../model/dataset-index';
import type { IsoDate, Reliability } from '../../model/types';
import type { Focus } from '../../state/view-state';
import { ChangeList } from './ChangeList';
import { CompareMatrix } from './CompareMatrix';
import { compareDates } from './compare-layout';

export interface CompareViewProps {
  readonly index: DatasetIndex;
  readonly parties: readonly string[];
  readonly issues: readonly string[];
  /** The "as of" date; `compare` is the other one. Either may be the earlier. */
  readonly at: IsoDate;
  readonly compare: IsoDate;
  readonly rel: Reliability;
  readonly focus: Focus | undefined;
  readonly onSelect: (focus: Focus) => void;
}

/** "Compare dates": the changes matrix and, below it, every change in detail. */
export function CompareView(props: CompareViewProps) {
  const { index, parties, issues, at, compare, rel, focus, onSelect } = props;
  const comparison = useMemo(
    () => compareDates(index, parties, issues, at, compare, rel),
    [index, parties, issues, at, compare, rel],
  );
  return (
    <div className="compare-view">
      <CompareMatrix index={index} comparison={comparison} focus={focus} onSelect={onSelect} />
      <ChangeList index={index} comparison={comparison} focus={focus} />
    </div>
  );
}
