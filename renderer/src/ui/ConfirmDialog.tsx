import { useEffect, useId, useRef, type ReactNode } from 'react';
import './controls.css';

/**
 * A modal question before something that cannot be taken back with one click. The safe
 * answer has focus; Escape gives it too.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);
  // Closing before the answer is acted on returns focus to where it was before the question.
  const answer = (act: () => void) => () => {
    ref.current?.close();
    act();
  };

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        answer(onCancel)();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="dialog-actions">
        <button type="button" className="secondary" autoFocus onClick={answer(onCancel)}>
          {cancelLabel}
        </button>
        <button type="button" className="warn" onClick={answer(onConfirm)}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
