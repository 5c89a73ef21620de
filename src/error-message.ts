/** What went wrong, in the words of whatever threw it: for messages people read. */
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
