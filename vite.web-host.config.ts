import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { buildTargets } from './scripts/electron-runtime.mjs';

/**
 * The web host (`npm run web`): the same main-process services as the Electron entry, built on
 * their own for plain Node, whose oldest supported version can be older than the Node inside
 * Electron. Dependencies stay external and are imported from node_modules at run time.
 */
export default defineConfig({
  resolve: { alias: { '@domain': resolve('src') } },
  build: {
    ssr: resolve('main/web/main.ts'),
    outDir: 'out/web-host',
    emptyOutDir: true,
    target: buildTargets().webHost,
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: { output: { format: 'es', entryFileNames: 'index.js' } },
  },
  ssr: { target: 'node' },
});
