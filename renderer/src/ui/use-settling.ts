import { useEffect, useState } from 'react';

/** How long a control that just appeared, or just changed meaning, ignores the pointer. */
export const SETTLING_MS = 1_000;

const NOTHING_SETTLED = Symbol('nothing settled yet');

/**
 * True for the first second after a control appears or `identity` changes. A slow double click
 * must not land on whatever slid in under the pointer after the first click (a checklist box,
 * a dialog's confirming button), so such controls stay disabled that long. Safety controls
 * (pause, quiet, staff light) never use it: they must answer at once.
 */
export function useSettling(identity: unknown = null): boolean {
  // The identity that has had its second; any other is still settling, from the very first render.
  const [settled, setSettled] = useState<unknown>(NOTHING_SETTLED);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(() => identity), SETTLING_MS);
    return () => clearTimeout(timer);
  }, [identity]);
  return !Object.is(settled, identity);
}
