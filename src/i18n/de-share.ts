import type { enShare } from './en-share';

/** German messages for sharing a view and embedding it (merged into `de`). */
export const deShare: Record<keyof typeof enShare, string> = {
  'share.button': 'Teilen',
  'share.menu': 'Möglichkeiten zum Teilen',
  'share.copyLink': 'Link kopieren',
  'share.copiedLocal':
    'Link kopiert. Er öffnet Ihren eigenen Datensatz nur in diesem Browser: Um die Daten zu teilen, veröffentlichen Sie die Datei und verlinken Sie sie mit ?data= (siehe Daten).',
  'share.copied': 'Link kopiert',
  'share.copyByHand':
    'Das Kopieren hat nicht geklappt: Der Link ist unten markiert, bitte von Hand kopieren.',
  'share.linkField': 'Link zu dieser Ansicht',
  'share.native': 'Teilen …',
  'share.embed': 'Einbetten …',
  'share.embed.title': 'Diese Ansicht einbetten',
  'share.embed.intro':
    'Fügen Sie den Code in das HTML Ihrer Seite ein. Das Skript passt die Höhe des Rahmens an den Inhalt an.',
  'share.embed.view': 'Welche Ansicht',
  'share.embed.matrix': 'Matrix',
  'share.embed.deal': 'Bewertung der Einigung',
  'share.embed.timeline': 'Zeitleiste',
  'share.embed.data': 'Daten',
  'share.embed.live': 'Live – folgt den Aktualisierungen des Datensatzes',
  'share.embed.frozen': 'Eingefroren – bleibt bei Datensatzversion {version}',
  'share.embed.theme': 'Farben',
  'share.embed.auto': 'Automatisch',
  'share.embed.light': 'Hell',
  'share.embed.dark': 'Dunkel',
  'share.embed.code': 'Einbettungscode',
  'share.embed.copy': 'Code kopieren',
  'share.embed.copied': 'Code kopiert',
  'share.embed.copyByHand':
    'Das Kopieren hat nicht geklappt: Der Code ist markiert, bitte von Hand kopieren.',
  'share.embed.preview': 'Vorschau der Einbettung',
  'share.embed.close': 'Schließen',
  'share.embed.frameTitle': '{dataset} – {view}, Stand {date}',
  'share.embed.unavailable':
    'Nur eine über http oder https ausgelieferte Seite lässt sich einbetten.',
};
