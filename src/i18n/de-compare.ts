import type { enCompare } from './en-compare';

/** German messages for the compare views (merged into `de`). */
export const deCompare: Record<keyof typeof enCompare, string> = {};
