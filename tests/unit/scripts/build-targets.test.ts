import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig as resolveElectronViteConfig } from 'electron-vite';
import { resolveConfig, type InlineConfig } from 'vite';
import { NODE_IN_ELECTRON, electronPackage, lowestVersion } from '../../../scripts/electron-runtime.mjs';

const require = createRequire(import.meta.url);
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

/** The target Vite really builds with, after electron-vite's presets and the project's config. */
async function effectiveTargets() {
  const { config } = await resolveElectronViteConfig({ configFile: 'electron.vite.config.ts' }, 'build', 'production');
  const targetOf = async (inline: unknown) =>
    (await resolveConfig(inline as InlineConfig, 'build', 'production')).build.target;
  return {
    main: await targetOf(config?.main),
    preload: await targetOf(config?.preload),
    renderer: await targetOf(config?.renderer),
    webHost: await targetOf({ configFile: 'vite.web-host.config.ts' }),
  };
}

describe('build targets', () => {
  const electron = electronPackage();
  let targets: Awaited<ReturnType<typeof effectiveTargets>>;
  // Resolving an electron-vite config sets NODE_ENV for the process; put it back for other tests.
  const nodeEnv = process.env.NODE_ENV;
  beforeAll(async () => {
    targets = await effectiveTargets();
  }, 60_000);
  afterAll(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it('builds main and preload for the Node inside the installed Electron', () => {
    const node = NODE_IN_ELECTRON[electron.major];
    expect(node, `NODE_IN_ELECTRON has no line for Electron ${electron.major}`).toBeDefined();
    expect(targets.main).toBe(`node${node}`);
    expect(targets.preload).toBe(`node${node}`);
  });

  it('pins a Node of the line whose types the electron package ships', () => {
    // electron's package.json depends on @types/node for the Node major it embeds.
    const typesRange = (readJson(path.join(electron.dir, 'package.json')).dependencies as Record<string, string>)[
      '@types/node'
    ]!;
    const typesMajor = /(\d+)/.exec(typesRange)![1];
    expect(NODE_IN_ELECTRON[electron.major]!.split('.')[0]).toBe(typesMajor);
  });

  it('builds the renderer for the Chrome inside the installed Electron', () => {
    const fullChrome = (require('electron-to-chromium/full-versions.json') as Record<string, string>)[electron.version];
    expect(fullChrome, `electron-to-chromium does not list Electron ${electron.version}`).toBeDefined();
    expect(targets.renderer).toBe(`chrome${fullChrome!.split('.')[0]}`);
  });

  it('builds the web host, which runs on plain Node, for the oldest Node in package.json’s engines', () => {
    const lowest = lowestVersion((readJson('package.json').engines as { node: string }).node);
    expect(targets.webHost).toBe(`node${lowest}`);
  });
});
