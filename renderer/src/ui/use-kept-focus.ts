import { useLayoutEffect, useRef } from 'react';

/**
 * Keeps focus where it was across a reorder. Moving a row moves its element in the page, and
 * the browser drops focus from an element it moves, so a keyboard user would lose their place.
 * Call the returned function just before the move; `order` is the list's order as a string.
 */
export function useKeptFocus(order: string): () => void {
  const held = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const element = held.current;
    held.current = null;
    if (element?.isConnected && document.activeElement !== element) element.focus();
  }, [order]);
  return () => {
    held.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  };
}
