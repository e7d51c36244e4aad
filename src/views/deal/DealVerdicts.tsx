import type { DatasetIndex } from '../../model/dataset-index';
import type { DealTerm } from '../../model/deal';
import { evaluateDeal } from '../../model/deal';
import type { IsoDate, Reliability } from '../../model/types';

export interface DealVerdictsProps {
  readonly index: DatasetIndex;
  readonly terms: readonly DealTerm[];
  readonly parties: readonly string[];
  readonly at: IsoDate;
  readonly rel: Reliability;
  readonly onSelect?: ((party: string, issue: string) => void) | undefined;
  readonly selected?: { readonly party: string; readonly issue: string } | undefined;
}

/** The deal's verdict grid: rows = terms, columns = parties (being built). */
export function DealVerdicts({ index, terms, parties, at, rel }: DealVerdictsProps) {
  const evaluation = evaluateDeal(index, terms, parties, at, rel);
  return (
    <table role="grid">
      <tbody>
        {evaluation.terms.map((term, r) => (
          <tr key={term.issue}>
            {evaluation.parties.map((p) => (
              <td key={p.party}>{p.verdicts[r]?.verdict}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
