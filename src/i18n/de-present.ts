import type { enPresent } from './en-present';

/** German messages for the presentation (`/present`, merged into `de`). */
export const dePresent: Record<keyof typeof enPresent, string> = {
  'present.counter': 'Schritt {step} von {count}',
  'present.stage': 'Ansicht des Schritts',
  'present.asOf': 'Stand: {date}',
  'present.question': 'Frage',
  'present.covered': 'Antworten verdeckt – erst überlegen, dann aufdecken.',
  'present.reveal': 'Aufdecken',
  'present.revealed': 'Antwort aufgedeckt.',
  'present.previous': 'Zurück',
  'present.next': 'Weiter',
  'present.tools': 'Werkzeuge der Präsentation',
  'present.leave': 'Präsentation verlassen',
  'present.close': 'Schließen',
  'present.noStage':
    'Diese Ansicht kann hier nicht gezeigt werden. Verlassen Sie die Präsentation, um sie zu öffnen.',
  'present.noTerms': 'Das Abkommen dieses Schritts hat keine Bedingungen zum Zeigen.',
  'present.overview.button': 'Alle Schritte',
  'present.overview.title': 'Alle Schritte',
  'present.overview.question': 'Frage',
  'present.qr.button': 'QR-Code',
  'present.qr.label': 'QR-Code: diese Ansicht in Common Ground',
  'present.qr.hint': 'Diese Ansicht auf dem Handy öffnen:',
  'present.fullscreen.enter': 'Vollbild',
  'present.fullscreen.exit': 'Vollbild beenden',
  'present.blank.back':
    'Schwarzer Bildschirm. Eine beliebige Taste oder ein Klick zeigt die Präsentation wieder.',
  'present.keys.button': 'Tasten',
  'present.keys.title': 'Tasten',
  'present.keys.action': 'Aktion',
  'present.keys.keys': 'Tasten',
  'present.keys.note':
    'Ein Presenter (Klicker) funktioniert auch: Vor und Zurück senden Bild ab und Bild auf, die „Schwarz“-Taste B oder den Punkt.',
  'present.keys.hint':
    '→ oder Bild ab: weiter · ← oder Bild auf: zurück · F: Vollbild · O: alle Schritte · B: schwarzer Bildschirm · ?: alle Tasten',
  'present.command.next': 'Weiter (bei einer Frage zuerst die Antwort aufdecken)',
  'present.command.previous': 'Vorheriger Schritt',
  'present.command.first': 'Erster Schritt',
  'present.command.last': 'Letzter Schritt',
  'present.command.fullscreen': 'Vollbild ein oder aus',
  'present.command.blank': 'Schwarzer Bildschirm ein oder aus',
  'present.command.overview': 'Alle Schritte',
  'present.command.qr': 'QR-Code ein oder aus',
  'present.command.help': 'Diese Liste der Tasten',
  'present.command.leave': 'Präsentation verlassen (im Vollbild zuerst das Vollbild)',
  'present.key.right': '→',
  'present.key.left': '←',
  'present.key.up': '↑',
  'present.key.down': '↓',
  'present.key.pageDown': 'Bild ab',
  'present.key.pageUp': 'Bild auf',
  'present.key.space': 'Leertaste',
  'present.key.shiftSpace': 'Umschalt + Leertaste',
  'present.key.enter': 'Eingabe',
  'present.key.backspace': 'Rücktaste',
  'present.key.home': 'Pos1',
  'present.key.end': 'Ende',
  'present.key.escape': 'Esc',
  'present.empty.title': 'Keine Schritte zum Präsentieren',
  'present.empty.dataset':
    'Dieser Datensatz hat keine Tour. Erstellen Sie Ihre eigene: Fügen Sie im Explorer Ansichten als Schritte Ihrer Tour hinzu.',
  'present.empty.mine':
    'Ihre eigene Tour hat noch keine Schritte. Fügen Sie im Explorer Ansichten als Schritte hinzu und präsentieren Sie sie dann hier.',
  'present.empty.back': 'Zurück zum Explorer',
  'present.note.pastEnd': 'Diese Tour hat nur {count} Schritte; gezeigt wird der letzte.',
  'present.note.badTour':
    'Die Tour in diesem Link konnte nicht gelesen werden; gezeigt wird die Tour des Datensatzes. Gefundene Probleme:',
  'present.note.madeFor':
    'Diese Tour wurde für den Datensatz „{dataset}“ erstellt; einige ihrer Parteien oder Themen fehlen hier vielleicht.',
  'present.note.storage.unavailable':
    'Dieser Browser lässt Common Ground Ihre Tour nicht speichern (privates Surfen oder blockierter Speicher).',
  'present.note.storage.full':
    'Der Speicher des Browsers ist voll: Ihre letzte Änderung an der Tour gibt es nur in diesem Tab.',
  'present.note.storage.damaged':
    'Ihre gespeicherte Tour konnte nicht gelesen werden (sie war beschädigt) und hat hier keine Schritte.',
};
