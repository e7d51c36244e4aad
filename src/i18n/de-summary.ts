import type { enSummary } from './en-summary';

/** German messages for the summary views (merged into `de`). */
export const deSummary: Record<keyof typeof enSummary, string> = {};
