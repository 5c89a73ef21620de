let last = 0;

/**
 * The next number in one sequence shared by every clinic editor, so a tab that shows two of
 * them (Programs: the programs, and which are offered) can tell which change came last.
 */
export const nextEditSeq = () => ++last;
