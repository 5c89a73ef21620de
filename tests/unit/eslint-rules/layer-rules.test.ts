import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** What the project's own lint config says about a file with this text at this place. */
async function problems(file: string, text: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(`${text}\nexport const used = [x];\n`, { filePath: path.resolve(file) });
  return result!.messages
    .filter((m) => /layer-imports|no-restricted-imports/.test(m.ruleId ?? ''))
    .map((m) => m.message);
}

describe('each layer imports only from its allowlist, and a file that breaks it fails lint', () => {
  it.each([
    ['src/session/leak.ts', "import x from 'node:fs';"],
    ['src/session/leak.ts', "import x from 'fs';"],
    ['src/session/leak.ts', "import x from 'react';"],
    ['src/session/leak.ts', "import { x } from '../../main/services/user-error';"],
    ['src/leak.ts', "import { x } from '../renderer/src/app/app-store';"],
    ['src/session/leak.ts', "export { x } from '../../main/services/user-error';"],
  ])('the domain refuses %s importing: %s', async (file, text) => {
    expect(await problems(file, text)).toEqual([expect.stringContaining('src/ may import only zod, src/')]);
  });

  it('the domain may import zod and itself', async () => {
    expect(await problems('src/session/fine.ts', "import { z as x } from 'zod';\nimport './state-at';")).toEqual([]);
  });

  it.each([
    ['renderer/src/app/leak.ts', "import { x } from '../../../main/services/user-error';"],
    ['renderer/src/app/leak.ts', "import x from 'node:path';"],
    ['renderer/src/app/leak.ts', "import x from 'path';"],
    ['renderer/src/app/leak.ts', "import x from 'ws';"],
  ])('the page refuses %s importing: %s', async (file, text) => {
    expect(await problems(file, text)).toContainEqual(expect.stringContaining('renderer/ may import only'));
  });

  it('the page may import its packages, itself and the domain', async () => {
    const text = "import { x } from 'zustand/vanilla';\nimport '@domain/session/state-at';\nimport '../ipc/client';";
    expect(await problems('renderer/src/app/fine.ts', text)).toEqual([]);
  });

  it('imports run one way: a store may not reach into a screen or React', async () => {
    const file = 'renderer/src/stores/leak.ts';
    expect(await problems(file, "import { x } from '../screens/clinic/program-summary';")).toEqual([
      expect.stringContaining('renderer/src/stores/ may import only'),
    ]);
    expect(await problems(file, "import { useState as x } from 'react';")).toEqual([
      expect.stringContaining('renderer/src/stores/ may import only'),
    ]);
    expect(await problems(file, "import { api as x } from '../ipc/client';")).toEqual([]);
    expect(await problems(file, "import { stateAt as x } from '@domain/session/state-at';")).toEqual([]);
  });

  it('the domain alias leads only into src/: through it a store still may not reach a screen', async () => {
    const text = "import { x } from '@domain/../renderer/src/screens/clinic/program-summary';";
    expect(await problems('renderer/src/stores/leak.ts', text)).toEqual([
      expect.stringContaining('renderer/src/stores/ may import only'),
    ]);
  });

  it('main/ outside the Electron adapter may not import electron; the adapter may', async () => {
    const text = "import { app as x } from 'electron';";
    expect(await problems('main/services/leak.ts', text)).toEqual([expect.stringContaining('Only main/index.ts')]);
    expect(await problems('main/electron/fine.ts', text)).toEqual([]);
  });
});
