import type { enPair } from './en-pair';

/** German messages for the pair views (merged into `de`). */
export const dePair: Record<keyof typeof enPair, string> = {
  'pair.title': 'Paarvergleich',
  'pair.intro':
    'Wann hatten zwei Parteien eine gemeinsame Basis? Ein Band je Streitfrage im Zeitverlauf; die senkrechte Linie markiert den {date}.',
  'pair.first': 'Erste Partei',
  'pair.second': 'Zweite Partei',
  'pair.defaulted':
    'Gezeigt werden die ersten beiden ausgewählten Parteien, {a} und {b}; oben lassen sich andere wählen.',
  'pair.tooFew': 'Wählen Sie mindestens zwei Parteien, um sie im Zeitverlauf zu vergleichen.',
  'pair.noIssues': 'Wählen Sie mindestens eine Streitfrage, um den Verlauf des Paares zu sehen.',
  'pair.chart': '{a} und {b} im Zeitverlauf, nach Streitfrage',
  'pair.keysHint':
    'Pfeiltasten: links und rechts entlang einer Streitfrage, hoch und runter zwischen den Streitfragen; Eingabe öffnet die Details.',
  'pair.asOf': 'Stand {date}',
  'pair.kind.agree': 'Einigkeit',
  'pair.kind.overlap': 'Überschneidung',
  'pair.kind.conflict': 'Konflikt',
  'pair.kind.unknown': 'unbekannt',
  'pair.segment': '{a} und {b} zu {issue}: {kind} vom {start} bis zum {end}',
  'pair.segmentAgree': 'beide bevorzugen {outcome}',
  'pair.segmentOverlap': 'beide akzeptieren {list}',
  'pair.segmentSeverity': 'Abstand an der nächsten Stelle: {severity}',
  'pair.changes': 'Was sich geändert hat',
  'pair.noChanges': 'Keine Änderung der Beziehung zwischen {a} und {b} bei diesen Streitfragen.',
  'pair.change': 'Am {date} wechselten {a} und {b} bei „{issue}“ von „{from}“ zu „{to}“.',
  'pair.legend.agree': 'einig (=): dieselbe bevorzugte Option',
  'pair.legend.overlap': 'Überschneidung (∩): mindestens eine Option ist für beide annehmbar',
  'pair.legend.conflict': 'Konflikt (✕): nichts ist für beide annehmbar',
  'pair.legend.unknown': 'unbekannt (gestrichelt): mindestens eine Seite schweigt',
};
