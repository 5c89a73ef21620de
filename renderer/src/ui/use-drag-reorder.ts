import { useEffect, useRef, useState, type PointerEvent } from 'react';

/** A drag in progress: the row's index, where it would land, and how far it has been pulled. */
export interface Drag {
  from: number;
  to: number;
  offsetY: number;
}

/** How close to the list's top or bottom edge (px) a drag scrolls it, and by how much per move. */
const EDGE_PX = 40;
const SCROLL_STEP_PX = 16;

/**
 * Reorders a list by dragging a handle in each row, with mouse, pen or touch. It uses pointer
 * events because the HTML5 drag API never fires for touch. The rows are the list element's
 * children, in order; `onMove` is called once, on release. Escape or a cancelled pointer
 * leaves the order as it was.
 */
export function useDragReorder<L extends HTMLElement>(onMove: (from: number, to: number) => void) {
  const listRef = useRef<L>(null);
  const [drag, setDragState] = useState<Drag | null>(null);
  // The same drag, readable at once by the handlers of the next pointer event.
  const current = useRef<Drag | null>(null);
  const start = useRef<{ pointerId: number; y: number; scrollTop: number } | null>(null);
  const setDrag = (next: Drag | null) => {
    current.current = next;
    setDragState(next);
  };

  /** Where the dragged row would land: after every other row whose middle is above the pointer. */
  const landingAt = (clientY: number, from: number) => {
    const rows = [...(listRef.current?.children ?? [])];
    return rows.filter((row, i) => {
      if (i === from) return false;
      const box = row.getBoundingClientRect();
      return clientY > box.top + box.height / 2;
    }).length;
  };

  const finish = (drop: boolean) => {
    const ended = current.current;
    start.current = null;
    setDrag(null);
    if (drop && ended && ended.to !== ended.from) onMove(ended.from, ended.to);
  };

  useEffect(() => {
    if (!drag) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') finish(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  /** Props for the handle of row `index`. */
  const handleProps = (index: number) => ({
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      if (event.button !== 0 || !listRef.current) return;
      // No text selection or focus change from the press; the pointer stays with the handle.
      event.preventDefault();
      event.currentTarget.setPointerCapture(event.pointerId);
      start.current = { pointerId: event.pointerId, y: event.clientY, scrollTop: listRef.current.scrollTop };
      setDrag({ from: index, to: index, offsetY: 0 });
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      const begun = start.current;
      const from = current.current?.from;
      const list = listRef.current;
      if (!begun || from === undefined || !list || event.pointerId !== begun.pointerId) return;
      const box = list.getBoundingClientRect();
      if (event.clientY < box.top + EDGE_PX) list.scrollTop -= SCROLL_STEP_PX;
      else if (event.clientY > box.bottom - EDGE_PX) list.scrollTop += SCROLL_STEP_PX;
      setDrag({
        from,
        to: landingAt(event.clientY, from),
        offsetY: event.clientY - begun.y + list.scrollTop - begun.scrollTop,
      });
    },
    onPointerUp: () => finish(true),
    onPointerCancel: () => finish(false),
  });

  /** How row `index` looks during a drag: lifted, or marked where the dragged row will land. */
  const rowState = (index: number): 'dragging' | 'drop-before' | 'drop-after' | undefined => {
    if (!drag) return undefined;
    if (index === drag.from) return 'dragging';
    if (index !== drag.to) return undefined;
    return drag.to < drag.from ? 'drop-before' : 'drop-after';
  };

  return { listRef, drag, handleProps, rowState };
}
