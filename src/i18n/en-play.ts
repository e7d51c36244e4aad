/** English messages for the play views (merged into `en`). */
export const enPlay = {
  'play.label': 'Play through time',
  'play.play': 'Play',
  'play.pause': 'Pause',
  'play.previous': 'Previous shift',
  'play.next': 'Next shift',
  'play.speed': 'Speed',
  'play.speed.slow': 'Slow (a month a second)',
  'play.speed.normal': 'Normal (a season a second)',
  'play.speed.fast': 'Fast (a year a second)',
  'play.keys': 'Keys: K to play or pause, J and L for the previous and next shift.',
  'play.status.playing': 'Playing from {date}',
  'play.status.paused': 'Paused at {date}',
  'play.status.shift': 'Paused at a shift: {date}',
  'play.status.end': 'Reached the end: {date}',
} as const;
