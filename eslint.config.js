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
    // core/ is pure: it runs in the renderer, in main and in the editor alike. Which layer may import
    // which, and import cycles, are checked by dependency-cruiser (.dependency-cruiser.cjs); platform
    // globals by each layer's own tsconfig.json.
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
  },
);
