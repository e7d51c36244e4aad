import type { enTimeline } from './en-timeline';

/** German messages for the timeline views (merged into `de`). */
export const deTimeline: Record<keyof typeof enTimeline, string> = {};
