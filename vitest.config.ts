import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'tests/e2e-lights/**/*.test.ts',
      'tests/security/**/*.test.ts',
      'tests/package/**/*.test.ts',
    ],
    environment: 'node',
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.reports/vitest.json' }]] : ['default'],
  },
});
