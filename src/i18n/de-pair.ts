import type { enPair } from './en-pair';

/** German messages for the pair views (merged into `de`). */
export const dePair: Record<keyof typeof enPair, string> = {};
