import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import { readdirSync } from 'node:fs';

// Every folder under src/views is fenced from the others, including ones added later.
const VIEWS = readdirSync(new URL('./src/views', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Building blocks any view may use: the date, party and reliability controls, and the statement
// display. They themselves import no other view.
const SHARED_VIEWS = ['controls', 'details'];

// Imports flow one way: model ← data ← state ← views ← app; ui and i18n are leaves (STYLE.md).
const boundaries = [
  {
    target: './src/model',
    from: ['./src/data', './src/state', './src/views', './src/app', './src/ui', './src/i18n'],
    message: 'The model is pure: it imports nothing from the app.',
  },
  {
    target: './src/data',
    from: ['./src/state', './src/views', './src/app', './src/ui'],
    message: 'data/ may use only model/ and i18n/.',
  },
  {
    target: './src/state',
    from: ['./src/views', './src/app'],
    message: 'state/ may not import views or app.',
  },
  {
    target: './src/ui',
    from: ['./src/model', './src/state', './src/views', './src/app', './src/data'],
    message: 'ui/ holds leaf components and hooks.',
  },
  {
    target: './src/i18n',
    from: ['./src/state', './src/views', './src/app', './src/data', './src/ui'],
    message: 'i18n/ is a leaf.',
  },
  ...VIEWS.map((view) => ({
    target: `./src/views/${view}`,
    from: VIEWS.filter((other) => other !== view && !SHARED_VIEWS.includes(other)).map(
      (other) => `./src/views/${other}`,
    ),
    message: 'Views never import each other.',
  })),
  ...SHARED_VIEWS.map((shared) => ({
    target: `./src/views/${shared}`,
    from: VIEWS.filter((other) => other !== shared).map((other) => `./src/views/${other}`),
    message: 'Shared view parts import no other view.',
  })),
  { target: './src/views', from: ['./src/app'], message: 'Views may not import app/.' },
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
    },
  },
  {
    // Node scripts; code they send to the page with page.evaluate runs in the browser.
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
