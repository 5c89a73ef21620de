import { useLayoutEffect, useState } from 'react';

/** How long a control that just appeared, or just changed meaning, ignores the pointer. */
export const SETTLING_MS = 1_000;

/**
 * True for the first second after a control appears or `identity` changes. A slow double click
 * must not land on whatever slid in under the pointer after the first click (a checklist box,
 * a dialog's confirming button), so such controls stay disabled that long. Safety controls
 * (pause, quiet, staff light) never use it: they must answer at once.
 */
export function useSettling(identity: unknown = null): boolean {
  const [settling, setSettling] = useState(true);
  useLayoutEffect(() => {
    setSettling(true);
    const timer = setTimeout(() => setSettling(false), SETTLING_MS);
    return () => clearTimeout(timer);
  }, [identity]);
  return settling;
}
