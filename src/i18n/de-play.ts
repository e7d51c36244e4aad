import type { enPlay } from './en-play';

/** German messages for the play views (merged into `de`). */
export const dePlay: Record<keyof typeof enPlay, string> = {
  'play.label': 'Zeitraffer',
  'play.play': 'Abspielen',
  'play.pause': 'Anhalten',
  'play.previous': 'Vorherige Änderung',
  'play.next': 'Nächste Änderung',
  'play.speed': 'Tempo',
  'play.speed.slow': 'Langsam (ein Monat pro Sekunde)',
  'play.speed.normal': 'Normal (ein Quartal pro Sekunde)',
  'play.speed.fast': 'Schnell (ein Jahr pro Sekunde)',
  'play.keys':
    'Tasten: K zum Abspielen oder Anhalten, J und L für die vorherige und nächste Änderung.',
  'play.status.playing': 'Läuft ab {date}',
  'play.status.paused': 'Angehalten am {date}',
  'play.status.shift': 'Halt bei einer Änderung: {date}',
  'play.status.end': 'Ende erreicht: {date}',
} as const;
