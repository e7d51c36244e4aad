import type { enTour } from './en-tour';

/** German messages for the tour views (merged into `de`). */
export const deTour: Record<keyof typeof enTour, string> = {
  'tour.placeholder': '',
};
