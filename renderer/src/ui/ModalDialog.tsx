import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import './controls.css';

/**
 * The one modal the app uses: a native <dialog> opened with showModal, so the page behind is
 * inert, Tab stays inside, Escape cancels and focus goes back where it was when it closes.
 * It closes in a layout effect, while still in the page, so the browser can give focus back.
 */
export function ModalDialog({
  title,
  className,
  onCancel,
  children,
}: {
  title: string;
  className?: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useLayoutEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className ? `confirm-dialog ${className}` : 'confirm-dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
