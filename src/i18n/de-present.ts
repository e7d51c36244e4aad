import type { enPresent } from './en-present';

/** German messages for the present views (merged into `de`). */
export const dePresent: Record<keyof typeof enPresent, string> = {
  'present.placeholder': '',
};
