import type { ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';
import { useSettling } from './use-settling';

/**
 * A modal question before something that cannot be taken back with one click. The safe
 * answer has focus; Escape gives it too. The confirming button wakes a second after the
 * question appears, so the second half of a slow double click cannot answer it.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  confirmDisabled = false,
}: {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Holds the confirming button back until the question is answered (a reason chosen, say). */
  confirmDisabled?: boolean;
}) {
  const settling = useSettling();
  return (
    <ModalDialog title={title} onCancel={onCancel}>
      {children}
      <div className="dialog-actions">
        <button type="button" className="secondary" autoFocus onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="warn" disabled={settling || confirmDisabled} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
