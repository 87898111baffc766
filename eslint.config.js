import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', '**/*.snap'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The core runs unchanged in Node, a Worker and the browser: no UI libraries, no DOM.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'core is framework-free' },
            { group: ['d3', 'd3-*'], message: 'core is framework-free' },
            { group: ['zustand', 'zustand/*'], message: 'core is framework-free' },
            { group: ['node:*', 'fs', 'path'], message: 'core must run in the browser' },
            {
              group: [
                '../timeline/*',
                '../state/*',
                '../components/*',
                '../app/*',
                '../../timeline/*',
                '../../state/*',
                '../../components/*',
                '../../app/*',
              ],
              message: 'imports flow core <- timeline <- state <- components <- app',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
);
