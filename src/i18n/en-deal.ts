/** English messages for the deal views (merged into `en`). */
export const enDeal = {
  'deal.placeholder': '',
};
