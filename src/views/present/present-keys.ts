/**
 * The presentation's commands and the keys that run them, as data: the key handler, the "Keys"
 * help and docs/PRESENTING.md all read this one table (STYLE habit 11).
 */
export type PresentCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'fullscreen'
  | 'blank'
  | 'overview'
  | 'qr'
  | 'help'
  | 'leave';

export interface KeyBinding {
  readonly command: PresentCommand;
  /** `KeyboardEvent.key` values; `Shift+ ` is Space with Shift held. */
  readonly keys: readonly string[];
}

export const PRESENT_KEYS: readonly KeyBinding[] = [
  { command: 'next', keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'] },
  { command: 'previous', keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'Shift+ '] },
  { command: 'first', keys: ['Home'] },
  { command: 'last', keys: ['End'] },
  // F5 is what most clickers send for "start the slide show".
  { command: 'fullscreen', keys: ['f', 'F5'] },
  { command: 'blank', keys: ['b', '.'] },
  { command: 'overview', keys: ['o', 'g'] },
  { command: 'qr', keys: ['q'] },
  { command: 'help', keys: ['?'] },
  { command: 'leave', keys: ['Escape'] },
];

/** Where a key was pressed, which decides which keys the presentation may take. */
export type KeyPlace =
  /** A text field: every key is the field's. */
  | 'text'
  /** A select or a widget with its own arrow keys (the matrix grid, the timeline, a slider). */
  | 'widget'
  /** A button or link: Space and Enter press it. */
  | 'control'
  /** Anywhere else on the page. */
  | 'page';

const CLICKER = new Set(['PageDown', 'PageUp']);
const ACTIVATE = new Set([' ', 'Enter', 'Shift+ ']);
const ANYWHERE = new Set<PresentCommand>([
  'fullscreen',
  'blank',
  'overview',
  'qr',
  'help',
  'leave',
]);

const byKey = new Map<string, PresentCommand>(
  PRESENT_KEYS.flatMap((b) => b.keys.map((k) => [k, b.command] as const)),
);

export interface KeyPress {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
}

/**
 * The command a key press runs where it was pressed, or `undefined` to leave the key to the
 * browser or the focused control. Clicker keys (Page Up/Down) work everywhere but in text
 * fields; arrows and Home/End stay with widgets that use them; Space and Enter stay with
 * buttons and links.
 */
export function commandFor(press: KeyPress, place: KeyPlace): PresentCommand | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey || place === 'text') return undefined;
  const key = press.key === ' ' && press.shiftKey ? 'Shift+ ' : press.key;
  const command = byKey.get(key.length === 1 ? key.toLowerCase() : key);
  if (command === undefined) return undefined;
  if (CLICKER.has(key)) return command;
  // Escape in a grid or the timeline first closes its tooltip (WCAG 1.4.13); it leaves from elsewhere.
  if (place === 'widget') return ANYWHERE.has(command) && key !== 'Escape' ? command : undefined;
  if (place === 'control' && ACTIVATE.has(key)) return undefined;
  return command;
}

const TEXT_INPUT =
  /^(text|search|email|url|tel|password|number|date|time|datetime-local|month|week)$/;

/** Classifies the element a key was pressed on. */
export function keyPlace(target: EventTarget | null): KeyPlace {
  if (!(target instanceof Element)) return 'page';
  if (target instanceof HTMLTextAreaElement || (target as HTMLElement).isContentEditable)
    return 'text';
  if (target instanceof HTMLInputElement)
    return TEXT_INPUT.test(target.type) ? 'text' : target.type === 'range' ? 'widget' : 'control';
  if (
    target instanceof HTMLSelectElement ||
    target.closest('[role="grid"], [role="slider"], [role="listbox"], [role="menu"], .timeline')
  )
    return 'widget';
  if (target.closest('button, a[href], summary, [role="button"], [role="link"]')) return 'control';
  return 'page';
}
