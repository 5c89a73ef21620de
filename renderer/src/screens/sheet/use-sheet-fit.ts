import { useLayoutEffect, type RefObject } from 'react';

/** Type sizes tried in turn, as a share of the sheet's 12 pt: down to 9.6 pt, still easy to read. */
export const FIT_STEPS = [1, 0.95, 0.9, 0.85, 0.8];

/** The fewest write-in lines a prompt gets, and the most its space can show. */
export const MIN_WRITE_LINES = 2;
export const MAX_WRITE_LINES = 12;

/** True when everything on the sheet ends above the bottom of its page's writing area. */
function fits(sheet: HTMLElement): boolean {
  const box = sheet.getBoundingClientRect();
  // Boxes come zoomed (the clinic's preview shows the page at half size), computed styles do not.
  const zoom = sheet.offsetHeight > 0 ? box.height / sheet.offsetHeight : 1;
  const bottom = box.bottom - parseFloat(getComputedStyle(sheet).paddingBottom) * zoom;
  const last = sheet.lastElementChild?.getBoundingClientRect().bottom ?? box.top;
  // The prompts grow to fill the page, so a sheet that fits ends right at its bottom edge.
  return last <= bottom + 0.5 * zoom;
}

/** Shows as many whole write-in lines in each prompt's space as it holds, and hides the rest. */
function showLinesThatFit(sheet: HTMLElement): void {
  for (const space of sheet.querySelectorAll<HTMLElement>('.write-space')) {
    const lines = [...space.children] as HTMLElement[];
    lines.forEach((line) => (line.hidden = false));
    const height = lines[0]?.getBoundingClientRect().height ?? 0;
    // A hair over, so two lines' worth of space is two lines despite rounding.
    const fit = height > 0 ? Math.floor(space.getBoundingClientRect().height / height + 0.01) : 0;
    const shown = Math.max(MIN_WRITE_LINES, fit);
    lines.forEach((line, index) => (line.hidden = index >= shown));
  }
}

/**
 * Fits the sheet on one printed page. The sheet is laid out at its page's own writing area (the
 * paper size less the margins, in millimetres, with type in points), on screen exactly as in
 * print, so what is measured here is the printed layout. Each type size is tried in turn until
 * everything, with two write-in lines under every prompt, ends above the page's bottom edge; the
 * prompts' spaces then share what is left, and each shows as many whole lines as it holds. Lines
 * are hidden rather than clipped, because print does not clip overflowing boxes as a screen does.
 * When even the smallest type does not fit, the sheet is marked `data-overflows` and runs onto a
 * second page rather than lose its end.
 *
 * Everything here is set on the page itself, not through React state: it follows from the layout
 * React has just made, and changing it does not change what React renders.
 */
export function useSheetFit(sheet: RefObject<HTMLElement | null>, content: string): void {
  useLayoutEffect(() => {
    const element = sheet.current;
    if (!element) return;
    element.removeAttribute('data-overflows');
    for (const step of FIT_STEPS) {
      element.style.setProperty('--fit', String(step));
      if (fits(element)) {
        showLinesThatFit(element);
        return;
      }
    }
    element.setAttribute('data-overflows', '');
    showLinesThatFit(element);
  }, [sheet, content]);
}
