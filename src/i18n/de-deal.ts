import type { enDeal } from './en-deal';

/** German messages for the deal views (merged into `de`). */
export const deDeal: Record<keyof typeof enDeal, string> = {
  'deal.placeholder': '',
};
