import type { enCompare } from './en-compare';

/** German messages for the compare views (merged into `de`). */
export const deCompare: Record<keyof typeof enCompare, string> = {
  'compare.matrix': 'Änderungsmatrix',
  'compare.caption': 'Änderungen zwischen {from} und {to}: {count} geändert.',
  'compare.unchanged': 'Nicht gezeigt, weil sich dort nichts geändert hat: {issues} und {parties}.',
  'compare.unchangedNone':
    'Jede gewählte Streitfrage und jede gewählte Partei hat mindestens eine Änderung.',
  'compare.noChanges':
    'Zwischen {from} und {to} hat sich bei den gewählten Parteien und Streitfragen nichts geändert.',
  'compare.count.issues.one': '{n} Streitfrage',
  'compare.count.issues.other': '{n} Streitfragen',
  'compare.count.parties.one': '{n} Partei',
  'compare.count.parties.other': '{n} Parteien',
  'compare.count.positions.one': '{n} Position',
  'compare.count.positions.other': '{n} Positionen',
  'compare.noChange': 'keine Änderung',
  'compare.noPosition': 'keine Position',
  'compare.tip': '{kind}: von „{before}“ zu „{after}“',
  'compare.list': 'Die Änderungen im Einzelnen',
  'compare.heading': '{party} · {issue} — {kind}',
  'compare.before': 'Vorher, Stand {date}',
  'compare.after': 'Nachher, Stand {date}',
  'compare.toggle': 'Mit anderem Datum vergleichen',
  'compare.date': 'Vergleichen mit',
  'compare.hint':
    'Ein Tag vom {first} bis zum {last}; die Matrix zeigt dann nur, was sich geändert hat.',
  'compare.monthEarlier': 'Einen Monat früher',
  'compare.yearEarlier': 'Ein Jahr früher',
};
