import { useEffect, type RefObject } from 'react';

/**
 * Opens `dialog` as a modal once mounted (focus stays inside, the page behind is inert); a
 * browser without modal dialogs shows it in place. Focuses `initial()` if it names an element.
 */
export function useModal(
  dialog: RefObject<HTMLDialogElement | null>,
  initial: () => HTMLElement | null | undefined,
) {
  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (typeof node.showModal === 'function') node.showModal();
    else node.setAttribute('open', '');
    initial()?.focus();
    // Opening happens once: later changes of `initial` must not move focus again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dialog]);
}

/** Leaves the modal state first: while modal, the page behind is inert and cannot take focus. */
export function closeModal(node: HTMLDialogElement | null) {
  if (!node) return;
  if (typeof node.close === 'function') node.close();
  else node.removeAttribute('open');
}

/**
 * Closes a dialog on Esc: use as both `onCancel` (the browser's modal Esc) and `onKeyDown`
 * (browsers without modal dialogs send no `cancel`), e.g. `onCancel={(e) => escapeCloses(e, done)}`.
 */
export function escapeCloses(
  e: { readonly type: string; readonly key?: string; preventDefault: () => void },
  done: () => void,
): void {
  if (e.type !== 'cancel' && e.key !== 'Escape') return;
  e.preventDefault();
  done();
}
