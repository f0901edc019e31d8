// Lint: typescript-eslint and eslint-plugin-svelte for the code, and import-x for the architecture.
// Imports flow one way — parsers → model ← everything else, UI on top — and no module imports
// itself back through a cycle. Formatting is Prettier's (eslint-config-prettier turns style off).

import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** `src/lib` outside the UI: model, extraction, narrative, rules, summary, charts, export, worker. */
const UI = ['./src/lib/components', './src/lib/state', './src/routes', './src/App.svelte', './src/main.ts'];

export default tseslint.config(
  { ignores: ['dist/', 'dist-cli*/', 'node_modules/', 'test-results/', 'dev-dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Full-width spaces (U+3000) and control characters are what disclosures print and what file
      // names must not hold: strings and patterns name them on purpose.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipRegExps: true, skipTemplates: true, skipComments: true },
      ],
      'no-control-regex': 'off',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/lib/model',
              from: './src',
              except: ['./lib/model'],
              message: 'src/lib/model is the shared vocabulary: it imports nothing outside itself.',
            },
            {
              target: './src/parsers',
              from: './src',
              except: ['./parsers', './lib/model'],
              message: 'Parsers turn bytes into the document model: they import only src/lib/model.',
            },
            {
              target: './src/lib',
              from: UI,
              message: 'The core (src/lib outside components and state) never imports the UI.',
            },
          ].map((zone) =>
            zone.target === './src/lib'
              ? { ...zone, target: ['./src/lib/!(components|state)/**', './src/lib/*.ts'] }
              : zone,
          ),
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  prettier,
  ...svelte.configs['flat/prettier'],
);
