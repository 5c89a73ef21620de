import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@domain': resolve('src') } },
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'tests/e2e-lights/**/*.test.ts',
      'tests/security/**/*.test.ts',
      'tests/package/**/*.test.ts',
    ],
    environment: 'node',
    // One report per Node major: CI runs the unit tests on Node 20 and on Node 22.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: `.reports/vitest-node${process.versions.node.split('.')[0]}.json` }]]
      : ['default'],
  },
});
