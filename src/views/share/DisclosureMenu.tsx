import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { FocusEvent } from 'react';
import { useMenuKeys } from './menu-keys';

export interface MenuEntry<Id extends string> {
  readonly id: Id;
  readonly label: string;
}

export interface MenuChoice {
  /** Closes the menu and returns focus to its button. */
  readonly close: () => void;
  /** Closes the menu and leaves focus alone (a dialog is about to take it). */
  readonly dismiss: () => void;
}

/**
 * A button that opens a list of entries: the first entry takes focus, arrows move, Esc or
 * leaving the menu closes it. `children` (status lines, dialogs) render after the list.
 */
export function DisclosureMenu<Id extends string>({
  className,
  button,
  buttonLabel,
  menuLabel,
  entries,
  onChoose,
  children,
}: {
  readonly className: string;
  readonly button: ReactNode;
  /** An accessible name when the visible text alone is ambiguous. */
  readonly buttonLabel?: string | undefined;
  readonly menuLabel: string;
  readonly entries: readonly MenuEntry<Id>[];
  readonly onChoose: (id: Id, menu: MenuChoice) => void;
  readonly children?: ReactNode;
}) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);
  const dismiss = useCallback(() => setOpen(false), []);
  const onKeyDown = useMenuKeys(list, close);
  useEffect(() => {
    if (open) list.current?.querySelector('button')?.focus();
  }, [open]);
  const onBlur = (e: FocusEvent) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
  };
  return (
    <div className={className} onBlur={onBlur}>
      <button
        ref={buttonRef}
        type="button"
        aria-label={buttonLabel}
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) close();
        }}
      >
        {button} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul id={listId} ref={list} className="export-menu-list" aria-label={menuLabel}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                onClick={() => onChoose(entry.id, { close, dismiss })}
                onKeyDown={onKeyDown}
              >
                {entry.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
