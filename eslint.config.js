// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'release/',
      '.cache/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/results.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // editor/ runs in a browser opened from a USB stick: no Node, no Electron, nothing from main/.
    files: ['editor/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'electron', 'electron/*'], message: 'editor/ runs in the browser.' },
            { group: ['**/main/**'], message: 'editor/ imports nothing from main/.' },
          ],
        },
      ],
    },
  },
  {
    // core/ is pure: it runs in the renderer, in main and in the editor alike.
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'electron', 'electron/*'],
              message: 'core/ stays pure: no Node or Electron.',
            },
            {
              group: ['**/main/**', '**/renderer/**', '../main/*', '../renderer/*'],
              message: 'core/ imports nothing from main/ or renderer/.',
            },
          ],
        },
      ],
    },
  },
);
