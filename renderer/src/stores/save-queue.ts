/** The part of an editor's state that tells staff how saving goes. */
export interface SaveStatus {
  saving: boolean;
  /** "Saved", or what was undone; polite news for the status line. */
  status: string | null;
  /** Why a save was refused (or the editor could not load). */
  error: string | null;
}

export interface SaveQueue {
  /** Starts sending what differs from the stored copy; resolves when nothing is left or a request is refused. */
  flush(): Promise<void>;
  /** Resolves once no request is on its way. */
  idle(): Promise<void>;
}

/**
 * Saves an editor's changes one request at a time, the newest state winning: edits made while
 * a request is on its way wait for it, and `nextRequest` is asked again after each answer
 * until it finds nothing left to send. A refused request stops the queue, and `refused` puts
 * the editor back as the main process last accepted it.
 */
export function createSaveQueue(hooks: {
  set: (update: (state: SaveStatus) => Partial<SaveStatus>) => void;
  /** The request that brings the stored copy nearer to the editor, or null when they agree. */
  nextRequest: () => (() => Promise<void>) | null;
  /** What was queued behind a refused request was built on it, so the editor drops it too. */
  refused: (error: unknown) => void;
  /** After the queue ran dry, when at least one request was accepted. */
  onSaved?: () => void;
}): SaveQueue {
  const { set, nextRequest, refused, onSaved } = hooks;
  let flushing: Promise<void> | null = null;

  const run = async (first: () => Promise<void>) => {
    let saved = false;
    for (let request: (() => Promise<void>) | null = first; request; request = nextRequest()) {
      try {
        await request();
        saved = true;
      } catch (error) {
        refused(error);
        break;
      }
    }
    flushing = null;
    if (saved) onSaved?.();
    set((s) => ({ saving: false, status: s.error ? null : (s.status ?? 'Saved') }));
  };

  return {
    flush: () => {
      if (flushing) return flushing;
      const first = nextRequest();
      if (!first) return Promise.resolve();
      set(() => ({ saving: true }));
      flushing = run(first);
      return flushing;
    },
    idle: async () => {
      await flushing;
    },
  };
}
