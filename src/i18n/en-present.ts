/** English messages for the present views (merged into `en`). */
export const enPresent = {
  'present.placeholder': '',
};
