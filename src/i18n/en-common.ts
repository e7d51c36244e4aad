/** English messages for the common views (merged into `en`). */
export const enCommon = {} as const;
