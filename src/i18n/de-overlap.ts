import type { enOverlap } from './en-overlap';

/** German messages for the overlap views (merged into `de`). */
export const deOverlap: Record<keyof typeof enOverlap, string> = {
  'overlap.scopeAll': 'Alle gewählten Streitfragen (zusammengefasst)',
  'overlap.order': 'Parteien ordnen',
  'overlap.order.given': 'Wie ausgewählt',
  'overlap.order.name': 'Nach Name',
  'overlap.order.similarity': 'Nach Ähnlichkeit (Blöcke)',
  'overlap.order.party': 'Nach Übereinstimmung mit {party}',
  'overlap.captionSummed':
    'Wie die Positionen der Parteien über die {count} gewählten Streitfragen hinweg zueinander stehen, Stand {date}. Jede Zelle zählt die Streitfragen, bei denen sich ein Paar einig ist (=), sich überschneidet (∩) oder im Konflikt steht (✕); Streitfragen, zu denen eine der beiden Parteien keine Position hat, zählen nicht mit (? wenn keine bekannt ist). Zeilen und Spalten sind Parteien.',
  'overlap.captionSummedOne':
    'Wie die Positionen der Parteien bei einer Streitfrage ({issues}) zueinander stehen, Stand {date}. Jede Zelle zeigt, ob ein Paar sich einig ist (=), sich überschneidet (∩), im Konflikt steht (✕) oder nicht vergleichbar ist (?). Zeilen und Spalten sind Parteien.',
  'overlap.caption.given': 'Die Parteien stehen in der gewählten Reihenfolge.',
  'overlap.caption.name': 'Die Parteien sind nach Namen geordnet.',
  'overlap.caption.similarity':
    'Die Parteien sind nach Ähnlichkeit geordnet, damit Blöcke nebeneinander stehen.',
  'overlap.caption.party':
    'Die Parteien sind danach geordnet, wie weit sie mit {party} übereinstimmen.',
  'overlap.summedLabel': '{row} und {column} über {count} Streitfragen: {list}',
  'overlap.summedLabelOne': '{row} und {column} bei einer Streitfrage: {list}',
  'overlap.kind.agree': 'einig bei {issues}',
  'overlap.kind.overlap': 'Überschneidung bei {issues}',
  'overlap.kind.conflict': 'Konflikt bei {issues}',
  'overlap.kind.unknown': 'unbekannt bei {issues}',
  'overlap.tip.agree': 'Einig: beide bevorzugen {outcome}',
  'overlap.tip.overlap': 'Überschneidung – möglicher Kompromiss: {list}',
  'overlap.tip.conflict': 'Konflikt – nichts ist für beide annehmbar',
  'overlap.tip.conflictNear':
    'Konflikt – die nächstliegenden annehmbaren Optionen sind auf der Skala direkte Nachbarn (eine Stufe auseinander)',
  'overlap.tip.conflictFar':
    'Konflikt – die nächstliegenden annehmbaren Optionen liegen auf der Skala {severity} Stufen auseinander',
  'overlap.tip.unknown': 'Unbekannt – mindestens eine Seite hat keine erklärte Position',
};
