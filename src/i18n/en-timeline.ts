/** English messages for the timeline views (merged into `en`). */
export const enTimeline = {} as const;
