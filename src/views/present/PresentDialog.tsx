import '../../i18n/en-present';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { escapeCloses } from '../../ui/use-modal';

export interface PresentDialogProps {
  readonly title: string;
  /** Called when the dialog closes (Esc, Close, or a choice inside it); the caller unmounts it. */
  readonly onClose: () => void;
  /** The element to focus first; default: the Close button. */
  readonly initialFocus?: () => HTMLElement | null | undefined;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A modal dialog of the presentation: focus stays inside and the stage behind is inert; on
 * closing, focus goes back to where it was. Browsers without modal dialogs show it in place.
 */
export function PresentDialog({
  title,
  onClose,
  initialFocus,
  className,
  children,
}: PresentDialogProps) {
  const { t } = useI18n();
  const headingId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const first = useRef(initialFocus);

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof node.showModal === 'function') node.showModal();
    else node.setAttribute('open', '');
    (first.current?.() ?? closeButton.current)?.focus();
    return () => {
      if (typeof node.close === 'function' && node.open) node.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className={`modal-dialog present-dialog ${className ?? ''}`}
      aria-labelledby={headingId}
      onCancel={(e) => escapeCloses(e, onClose)}
      onKeyDown={(e) => escapeCloses(e, onClose)}
    >
      <div className="present-dialog-head">
        <h2 id={headingId}>{title}</h2>
        <button ref={closeButton} type="button" onClick={onClose}>
          {t('present.close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}
