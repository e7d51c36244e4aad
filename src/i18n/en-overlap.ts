/** English messages for the overlap views (merged into `en`). */
export const enOverlap = {} as const;
