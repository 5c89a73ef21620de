import { useRef } from 'react';

/**
 * The editor beside (or below) a collection list, and how an item opens in it: selected,
 * scrolled into view and its first field focused, so the clinic's eyes and hands follow.
 */
export function useEditorOpening(select: (id: string) => void) {
  const editor = useRef<HTMLElement>(null);
  const open = (id: string) => {
    select(id);
    requestAnimationFrame(() => {
      editor.current?.scrollIntoView({ block: 'nearest' });
      editor.current?.querySelector('input')?.focus({ preventScroll: true });
    });
  };
  return { editor, open };
}
