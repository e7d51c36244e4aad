import { useI18n } from '../../i18n/use-i18n';
import type { Order, OverlapScope } from '../../state/view-state';

export interface LabelledId {
  readonly id: string;
  readonly label: string;
}

export interface OverlapControlsProps {
  /** The selected issues, in display order: each can be compared on its own. */
  readonly issues: readonly LabelledId[];
  /** The selected parties: each can lead the "by agreement with" order. */
  readonly parties: readonly LabelledId[];
  readonly scope: OverlapScope;
  /** `undefined`: the parties as selected. */
  readonly order: Order | undefined;
  readonly onScope: (scope: OverlapScope) => void;
  readonly onOrder: (order: Order | undefined) => void;
}

// Option values: issue ids as they are (so links and tests can name them); "all" is the empty
// value, which no id can be. Orders end or start with ':', which ids never contain.
const ALL = '';
const partyValue = (id: string) => `party:${id}`;

function scopeValue(scope: OverlapScope): string {
  return scope === 'all' ? ALL : scope.issue;
}

function orderValue(order: Order | undefined): string {
  if (order === undefined) return 'given:';
  return typeof order === 'string' ? `${order}:` : partyValue(order.party);
}

function parseOrder(value: string): Order | undefined {
  if (value === 'name:') return 'name';
  if (value === 'similarity:') return 'similarity';
  return value.startsWith('party:') ? { party: value.slice('party:'.length) } : undefined;
}

/** What the overlap matrix compares (one issue or all summed) and how it orders the parties. */
export function OverlapControls(props: OverlapControlsProps) {
  const { issues, parties, scope, order, onScope, onOrder } = props;
  const { t } = useI18n();
  return (
    <div className="overlap-controls">
      <label className="overlap-issue">
        <span>{t('matrix.overlapIssue')}</span>
        <select
          value={scopeValue(scope)}
          onChange={(e) => {
            const v = e.target.value;
            onScope(v === ALL ? 'all' : { issue: v });
          }}
        >
          <option value={ALL}>{t('overlap.scopeAll')}</option>
          {issues.map((i) => (
            <option key={i.id} value={i.id}>
              {i.label}
            </option>
          ))}
        </select>
      </label>
      <label className="overlap-issue">
        <span>{t('overlap.order')}</span>
        <select value={orderValue(order)} onChange={(e) => onOrder(parseOrder(e.target.value))}>
          <option value="given:">{t('overlap.order.given')}</option>
          <option value="name:">{t('overlap.order.name')}</option>
          <option value="similarity:">{t('overlap.order.similarity')}</option>
          {parties.map((p) => (
            <option key={p.id} value={partyValue(p.id)}>
              {t('overlap.order.party', { party: p.label })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
