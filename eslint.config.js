import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// How import-x reads the tree: TypeScript's own resolution (tsconfig.json) and parser.
const importSettings = {
  ...importX.flatConfigs.typescript.settings,
  'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
};
delete importSettings['import-x/resolver'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'reports',
      'test-results',
      'playwright-report',
      'public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended-strict'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // docs/ui-names.md §10: a control never disables itself while its own request runs (focus would fall
    // to the page): use `disabledFocusable` and ignore repeats (src/components/use-ignore-repeats.ts).
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "JSXAttribute[name.name='disabled'] :matches(Identifier[name=/pending|busy|submitting|running|mutating/i], Literal[value=/pending|busy|submitting|running|mutating/i])",
          message:
            'A control must not disable itself while a request runs (docs/ui-names.md §10): use disabledFocusable and ignore repeats.',
        },
      ],
    },
  },
  {
    // Walls: a feature folder (one blade family) never imports another. What they share lives in
    // src/api (queries, hooks), src/components (UI) or src/testing (fixtures, renderers).
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\./)[^/]+/',
              message:
                'Feature folders never import each other: move what they share to src/api, src/components or src/testing.',
            },
          ],
        },
      ],
    },
  },
  {
    // The simulation core is pure TypeScript: no React, MSW, Fluent or TanStack inside it.
    files: ['mocks/simulation/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', 'msw', 'msw/*', '@fluentui/*', '@tanstack/*', '**/src/**'] },
      ],
    },
  },
  {
    // Walls: the app talks HTTP only. It imports the simulated backend (mocks/) in two places: main.tsx
    // starts the service worker, src/testing sets up msw/node for component tests.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx', 'src/testing/**'],
    plugins: { 'import-x': importX },
    settings: importSettings,
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src',
              from: './mocks',
              message: 'src reaches mocks only through src/main.tsx and src/testing (ARCHITECTURE.md).',
            },
          ],
        },
      ],
    },
  },
  {
    // Walls: the HTTP skin reaches the simulation only through its surface, mocks/simulation/api.ts
    // (types too, through its re-exports), so every rule it applies has one home inside the simulation.
    files: ['mocks/handlers/**/*.ts', 'mocks/http/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)simulation/(?!api$)',
              message:
                'The HTTP skin imports the simulation only through mocks/simulation/api.ts: export what it needs there.',
            },
          ],
        },
      ],
    },
  },
  {
    // No import cycles anywhere: each module's dependencies form a tree, so any file can be read
    // (and tested) from the bottom up.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: importSettings,
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
