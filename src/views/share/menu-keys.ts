import type { KeyboardEvent } from 'react';

/**
 * Keys inside a disclosure menu's list: arrows move through the entries (wrapping), Esc closes
 * the menu (`close` returns focus to its button).
 */
export function useMenuKeys(list: { current: HTMLElement | null }, close: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const items = [...(list.current?.querySelectorAll('button') ?? [])];
    if (items.length === 0) return;
    e.preventDefault();
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
    items[(next + items.length) % items.length]?.focus();
  };
}
