/** English messages for the compare views (merged into `en`). */
export const enCompare = {} as const;
