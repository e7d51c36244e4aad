/** English messages for the pair views (merged into `en`). */
export const enPair = {} as const;
