/** English messages for the tour views (merged into `en`). */
export const enTour = {
  'tour.placeholder': '',
};
