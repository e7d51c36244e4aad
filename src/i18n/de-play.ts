import type { enPlay } from './en-play';

/** German messages for the play views (merged into `de`). */
export const dePlay: Record<keyof typeof enPlay, string> = {};
