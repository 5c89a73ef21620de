import { useCallback, useRef, useSyncExternalStore } from 'react';

/**
 * One value derived from an external source (the session ticker, the sound engine): the
 * component re-renders only when `equal` says the value changed, so a selector may build a
 * list or an object without redrawing on every wake-up of its source.
 */
export function useExternalValue<S, T>(
  subscribe: (listener: () => void) => () => void,
  getState: () => S,
  select: (state: S) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T {
  const last = useRef<{ value: T } | null>(null);
  const read = useCallback(() => {
    const next = select(getState());
    if (last.current && equal(last.current.value, next)) return last.current.value;
    last.current = { value: next };
    return next;
    // The selector and equality are read afresh on each render's snapshot, as zustand does.
  }, [getState, select, equal]);
  return useSyncExternalStore(subscribe, read);
}

/** Equality by a key: two values are the same when they come to the same key (a list's ids, say). */
export const sameBy =
  <T>(key: (value: T) => string) =>
  (a: T, b: T): boolean =>
    key(a) === key(b);
