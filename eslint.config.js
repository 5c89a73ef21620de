import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './eslint-rules/layer-imports.js';

export default tseslint.config(
  { ignores: ['out/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', '.reports/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      // `const { secret: _secret, ...rest } = x` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Command-line tools report on the console by design.
    files: ['.ci/**', 'tests/bench/**', 'main/web/launch.mjs', 'tests/security/electronegativity.mjs'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The domain stays plain TypeScript: zod and the domain itself, nothing else (no Electron,
    // no Node, no DOM-only packages, no main/ or renderer/).
    files: ['src/**/*.ts'],
    plugins: { layers },
    rules: { 'layers/layer-imports': ['error', { layer: 'src/', packages: ['zod'], folders: ['src'] }] },
  },
  {
    // The page: its own code and the domain, and the browser packages it ships; never main/ or Node.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { layers },
    rules: {
      'layers/layer-imports': [
        'error',
        {
          layer: 'renderer/',
          packages: ['react', 'react-dom', 'zustand', 'howler', 'zod'],
          folders: ['renderer', 'src'],
        },
      ],
    },
  },
  {
    // Imports run one way, screens → stores → ipc: a store never reaches into a screen.
    files: ['renderer/src/stores/**/*.ts'],
    plugins: { layers },
    rules: {
      'layers/layer-imports': [
        'error',
        {
          layer: 'renderer/src/stores/',
          packages: ['zustand', 'zod'],
          folders: ['renderer/src/stores', 'renderer/src/ipc', 'renderer/src/audio', 'src'],
        },
      ],
    },
  },
  {
    // Only the thin adapter files may touch Electron; everything else must run in plain Node.
    // The scripts too: importing `electron` in Node downloads its binary.
    files: ['**/*.{ts,tsx}', 'scripts/**/*.mjs'],
    // src/ has its own, stricter list above (which already forbids electron); a second
    // no-restricted-imports here would replace it rather than add to it.
    ignores: ['main/index.ts', 'main/preload.ts', 'main/electron/**', 'tests/electron/**', 'src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only main/index.ts, main/preload.ts and main/electron/ may import electron.',
            },
          ],
        },
      ],
    },
  },
);
