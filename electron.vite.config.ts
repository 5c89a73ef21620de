import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        // The Electron entry, and the web host that runs the same services in plain Node.
        input: { index: resolve('main/index.ts'), 'web-host': resolve('main/web/main.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve('main/preload.ts') },
        // A sandboxed preload must be CommonJS, even though the package is ESM.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
