import { describe, expect, it, vi } from 'vitest';
import { IMPORT_BATCH_PATHS } from '@domain/ipc/channels';
import { contract } from '@domain/ipc/contract';
import type { ImportReport } from '@domain/library/track';

// The renderer's client replaced by the contract's own check: a request it would refuse fails here too.
const sent = vi.hoisted(() => [] as string[][]);
vi.mock('../../renderer/src/ipc/client', () => ({
  onEvent: () => () => {},
  mediaUrl: (root: string, path: string) => `/media/${root}/${path}`,
  api: {
    'library.import': async (input: { paths: string[]; mode: string }) => {
      contract['library.import'].input.parse(input);
      sent.push(input.paths);
      const report: ImportReport = {
        added: input.paths.length,
        alreadyThere: [],
        failed: [{ path: input.paths[0]!, reason: 'damaged' }],
        notAudio: 1,
        lengthsCorrected: [],
      };
      return report;
    },
    'library.list': async () => [],
  },
}));

const { useLibraryStore } = await import('../../renderer/src/stores/library-store');

describe('importing a large selection', () => {
  it('sends 10,000 dropped files in requests the contract accepts and reports them as one import', async () => {
    const paths = Array.from({ length: 10_000 }, (_, i) => `/music/track-${i}.mp3`);
    await useLibraryStore.getState().actions.importPaths(paths, 'reference');
    const { report, error } = useLibraryStore.getState();
    expect(error).toBeNull();
    expect(sent.every((batch) => batch.length <= IMPORT_BATCH_PATHS)).toBe(true);
    expect(sent.flat()).toEqual(paths);
    expect(report).toMatchObject({ added: 10_000, notAudio: sent.length });
    expect(report!.failed).toHaveLength(sent.length);
  });
});
