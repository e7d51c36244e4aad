import type { enOverlap } from './en-overlap';

/** German messages for the overlap views (merged into `de`). */
export const deOverlap: Record<keyof typeof enOverlap, string> = {};
