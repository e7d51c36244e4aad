/** English messages for the play views (merged into `en`). */
export const enPlay = {} as const;
