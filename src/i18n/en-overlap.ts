/** English messages for the overlap views (merged into `en`). */
export const enOverlap = {
  'overlap.scopeAll': 'All selected issues (summed)',
  'overlap.order': 'Order parties',
  'overlap.order.given': 'As selected',
  'overlap.order.name': 'By name',
  'overlap.order.similarity': 'By similarity (blocs)',
  'overlap.order.party': 'By agreement with {party}',
  'overlap.captionSummed':
    'How the parties’ positions relate across the {count} selected issues as of {date}. Each cell counts the issues on which a pair agrees (=), overlaps (∩) or is in conflict (✕); issues on which either party has no position are not counted (? when none is known). Rows and columns are parties.',
  'overlap.captionSummedOne':
    'How the parties’ positions relate on 1 issue ({issues}) as of {date}. Each cell shows whether a pair agrees (=), overlaps (∩), is in conflict (✕) or cannot be compared (?). Rows and columns are parties.',
  'overlap.caption.given': 'Parties are in the order selected.',
  'overlap.caption.name': 'Parties are ordered by name.',
  'overlap.caption.similarity': 'Parties are ordered by similarity, so that blocs sit together.',
  'overlap.caption.party': 'Parties are ordered by how closely they agree with {party}.',
  'overlap.summedLabel': '{row} and {column} across {count} issues: {list}',
  'overlap.summedLabelOne': '{row} and {column} across 1 issue: {list}',
  'overlap.kind.agree': 'agree on {issues}',
  'overlap.kind.overlap': 'overlap on {issues}',
  'overlap.kind.conflict': 'conflict on {issues}',
  'overlap.kind.unknown': 'unknown on {issues}',
  'overlap.tip.agree': 'Agree: both prefer {outcome}',
  'overlap.tip.overlap': 'Overlap — compromise: {list}',
  'overlap.tip.conflict': 'Conflict — nothing acceptable to both',
  'overlap.tip.conflictNear':
    'Conflict — the closest acceptable outcomes are neighbours on the scale (one step apart)',
  'overlap.tip.conflictFar':
    'Conflict — the closest acceptable outcomes are {severity} steps apart on the scale',
  'overlap.tip.unknown': 'Unknown — at least one has no stated position',
} as const;
