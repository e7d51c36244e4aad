import { useId, useMemo } from 'react';
import { pick } from '../../i18n/i18n';
import { useI18n } from '../../i18n/use-i18n';
import type { DatasetIndex } from '../../model/dataset-index';

type Pair = readonly [string, string];

/** The pair after choosing `party` for `slot`; choosing the other one's party swaps the two. */
export function nextPair(pair: Pair, slot: 0 | 1, party: string): Pair {
  const other = pair[slot === 0 ? 1 : 0];
  if (party === other) return [pair[1], pair[0]];
  return slot === 0 ? [party, other] : [other, party];
}

interface PartySelectProps {
  readonly label: string;
  readonly value: string;
  readonly options: readonly string[];
  readonly index: DatasetIndex;
  readonly onChange: (party: string) => void;
}

function PartySelect({ label, value, options, index, onChange }: PartySelectProps) {
  const { lang } = useI18n();
  const id = useId();
  return (
    <span className="pair-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((p) => (
          <option key={p} value={p}>
            {pick(index.parties.get(p)?.name, lang) || p}
          </option>
        ))}
      </select>
    </span>
  );
}

export interface PairControlsProps {
  readonly index: DatasetIndex;
  readonly parties: readonly string[];
  readonly pair: Pair;
  readonly onPair: (pair: Pair) => void;
}

/** Two selects over the selected parties (plus the pair's own, should it lie outside them). */
export function PairControls({ index, parties, pair, onPair }: PairControlsProps) {
  const { t } = useI18n();
  const [a, b] = pair;
  const options = useMemo(() => [...new Set([...parties, a, b])], [parties, a, b]);
  return (
    <div className="pair-controls">
      <PartySelect
        label={t('pair.first')}
        value={a}
        options={options}
        index={index}
        onChange={(party) => onPair(nextPair(pair, 0, party))}
      />
      <PartySelect
        label={t('pair.second')}
        value={b}
        options={options}
        index={index}
        onChange={(party) => onPair(nextPair(pair, 1, party))}
      />
    </div>
  );
}
