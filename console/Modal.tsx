import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import './dialogs.css';

interface Props {
  titleId: string;
  title: string;
  /** Escape, or the dialog closed itself: the owner unmounts it. */
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * A native modal <dialog>: it traps focus, Escape closes it, and the page behind is inert.
 * Focus goes back to what opened it, when that is still on the page.
 */
export function Modal({ titleId, title, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.showModal();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog ref={ref} class="modal" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
