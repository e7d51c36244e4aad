import type { PresentCommand } from './present-keys';

/** Where the presentation stands: step `step` (1-based) of `count`. */
export interface StepPlace {
  readonly step: number;
  readonly count: number;
  /** Whether the URL asked for a step past the end (then `step` is the last one). */
  readonly pastEnd: boolean;
}

/** The step to show for the URL's `step` (none: the first); one past the end shows the last. */
export function placeStep(requested: number | undefined, count: number): StepPlace {
  const wanted = requested ?? 1;
  const step = Math.max(1, Math.min(count, wanted));
  return { step, count, pastEnd: count > 0 && wanted > count };
}

/** What a stepping command does: reveal the current step's answer, or go to another step. */
export type StepMove = { readonly kind: 'reveal' } | { readonly kind: 'go'; readonly step: number };

/**
 * The move a command makes from `place`; `undefined` when it makes none (Next on the last
 * revealed step, Previous on the first). A concealed step reveals before Next moves on.
 */
export function stepMove(
  command: PresentCommand,
  place: StepPlace,
  concealed: boolean,
): StepMove | undefined {
  const { step, count } = place;
  const go = (to: number) =>
    to === step || count === 0 ? undefined : { kind: 'go' as const, step: to };
  switch (command) {
    case 'next':
      return concealed ? { kind: 'reveal' } : step < count ? go(step + 1) : undefined;
    case 'previous':
      return step > 1 ? go(step - 1) : undefined;
    case 'first':
      return go(1);
    case 'last':
      return go(count);
    default:
      return undefined;
  }
}
