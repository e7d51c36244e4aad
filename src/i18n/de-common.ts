import type { enCommon } from './en-common';

/** German messages for the common views (merged into `de`). */
export const deCommon: Record<keyof typeof enCommon, string> = {};
