import type { enCommon } from './en-common';

/** German messages for the "Common ground" panel (merged into `de`). */
export const deCommon: Record<keyof typeof enCommon, string> = {
  'common.title': 'Gemeinsame Basis',
  'common.intro':
    'Ergebnisse, die jede ausgewählte Partei mit einer Position akzeptiert, Stand {date}.',
  'common.empty':
    'Wählen Sie mindestens eine Partei und eine Streitfrage, um zu sehen, wo man sich treffen könnte.',
  'common.single':
    'Nur {party} ist ausgewählt, daher zeigt jede Zeile, was diese Partei akzeptiert. Wählen Sie weitere Parteien, um zu sehen, wo man sich treffen könnte.',
  'common.tally': 'Gemeinsame Basis bei {count} von {total} Streitfragen',
  'common.tallyOne': 'Gemeinsame Basis bei {count} von 1 Streitfrage',
  'common.tallySingle': '{party} hat eine Position zu {count} von {total} Streitfragen',
  'common.tallySingleOne': '{party} hat eine Position zu {count} von 1 Streitfrage',
  'common.breakdown.blocked': '{count} blockiert',
  'common.breakdown.deadlock': '{count} festgefahren',
  'common.breakdown.few': '{count} mit zu wenigen Positionen',
  'common.col.issue': 'Streitfrage',
  'common.col.status': 'Status',
  'common.col.outcomes': 'Von allen akzeptiert',
  'common.col.accepted': 'Akzeptiert',
  'common.col.obstacle': 'Blockiert durch',
  'common.col.silent': 'Ohne Aussage',
  'common.status.common': 'gemeinsame Basis',
  'common.status.blocked': 'blockiert',
  'common.status.deadlock': 'festgefahren',
  'common.status.few': 'zu wenige Positionen',
  'common.status.own': 'eigene Position',
  'common.status.none': 'keine Position',
  'common.onlyOne': 'nur {party} hat eine Position:',
  'common.acceptsNothing': '{party} akzeptiert hier nichts (nur rote Linien)',
  'common.blockedBy': 'blockiert durch {list}',
  'common.deadlockNote': 'festgefahren: mindestens zwei Parteien müssten sich bewegen',
  'common.silent': 'keine Position: {list}',
  'common.selectIssue': 'Die anderen Ansichten auf {issue} richten',
  'update.region': 'App-Aktualisierungen',
  'update.available': 'Eine neue Version von Common Ground ist verfügbar.',
  'update.reload': 'Neu laden',
  'update.later': 'Später',
  'offline.ready': 'Common Ground funktioniert jetzt auch offline.',
  'offline.ok': 'OK',
};
