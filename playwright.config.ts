import fs from 'node:fs';
import { defineConfig } from '@playwright/test';
import chromiumArgs from './tests/support/chromium-args.json' with { type: 'json' };

/** Debian's Chromium when present (build servers cannot download Playwright's own). */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

export default defineConfig({
  // Its `paths` give the tests the `@domain/…` alias the app is built with.
  tsconfig: './tsconfig.test.json',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  outputDir: 'test-results',
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '.reports/playwright.json' }]] : [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: systemChromium,
      args: chromiumArgs,
    },
  },
  projects: [
    { name: 'web', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
