import { expect, test } from 'vitest';
import { createSaveQueue, type SaveStatus } from '../../../../../renderer/src/stores/save-queue';

/** An editor holding one value, and a main process that stores what it is sent. */
function editor(options: { refuse?: (value: number) => boolean } = {}) {
  const state = { value: 0, stored: 0, sent: [] as number[], refusals: 0 };
  let status: SaveStatus = { saving: false, status: null, error: null };
  const queue = createSaveQueue({
    set: (update) => (status = { ...status, ...update(status) }),
    nextRequest: () => {
      const value = state.value;
      if (value === state.stored) return null;
      return async () => {
        state.sent.push(value);
        await Promise.resolve();
        if (options.refuse?.(value)) throw new Error('refused');
        state.stored = value;
      };
    },
    refused: () => {
      state.refusals += 1;
      state.value = state.stored;
    },
  });
  return { state, queue, status: () => status };
}

test('a flush with nothing to send neither says Saved nor holds up the next save', async () => {
  const { state, queue, status } = editor();
  await queue.flush();
  expect(status()).toEqual({ saving: false, status: null, error: null });
  state.value = 3;
  await queue.flush();
  expect(state.stored).toBe(3);
  expect(status().status).toBe('Saved');
});

test('edits made while a save is on its way are sent after it, only the newest', async () => {
  const { state, queue } = editor();
  state.value = 1;
  const first = queue.flush();
  state.value = 2;
  state.value = 3;
  expect(queue.flush()).toBe(first);
  await first;
  expect(state.sent).toEqual([1, 3]);
  expect(state.stored).toBe(3);
});

test('a refused save stops the queue, and the next edit is sent again', async () => {
  const { state, queue } = editor({ refuse: (value) => value === 1 });
  state.value = 1;
  await queue.flush();
  expect(state.refusals).toBe(1);
  expect(state.value).toBe(0);
  state.value = 2;
  await queue.flush();
  expect(state.stored).toBe(2);
});
