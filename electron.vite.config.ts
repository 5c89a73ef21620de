import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { buildTargets } from './scripts/electron-runtime.mjs';

// electron-vite's own tables stop at Electron 44; the targets come from the Electron installed.
const targets = buildTargets();
// `@domain/…` is the domain in src/, from anywhere (tsconfig.base.json says the same to TypeScript).
const resolveDomain = { alias: { '@domain': resolve('src') } };

export default defineConfig({
  main: {
    resolve: resolveDomain,
    build: {
      outDir: 'out/main',
      target: targets.main,
      rolldownOptions: { input: { index: resolve('main/index.ts') } },
    },
  },
  preload: {
    resolve: resolveDomain,
    build: {
      outDir: 'out/preload',
      target: targets.preload,
      rolldownOptions: {
        input: { index: resolve('main/preload.ts') },
        // A sandboxed preload must be CommonJS, even though the package is ESM.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    resolve: resolveDomain,
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      target: targets.renderer,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
