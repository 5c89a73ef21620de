import { errorMessage } from '@domain/error-message';

/**
 * A store's one way to ask the main process: the answer, with the store's `error` cleared, or
 * null with the reason in `error` for staff to read.
 */
export function attemptFor(set: (state: { error: string | null }) => void) {
  return async <T>(work: () => Promise<T>): Promise<T | null> => {
    try {
      const answer = await work();
      set({ error: null });
      return answer;
    } catch (error) {
      set({ error: errorMessage(error) });
      return null;
    }
  };
}
