/** English messages for the summary views (merged into `en`). */
export const enSummary = {} as const;
