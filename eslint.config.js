// Lint: typescript-eslint's recommended rules; Apps Script globals for the server code,
// the browser for the sidebar and the preview page, Node for scripts and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/**
 * What each layer may not import (docs/ARCHITECTURE.md): sidebar → addon → sheets → core, and
 * nothing in src/ imports the scripts or tests that build, preview and check it.
 */
const LAYER_ZONES = [
  {
    target: './src/core',
    from: ['./src/sheets', './src/addon', './src/sidebar', './src/index.ts'],
    message: 'The core is pure: it imports nothing above it.',
  },
  {
    target: './src/sheets',
    from: ['./src/addon', './src/sidebar', './src/index.ts'],
    message: 'Custom functions sit below the add-on shell and the sidebar.',
  },
  {
    target: './src/addon',
    from: ['./src/sidebar', './src/index.ts'],
    message: 'The shell does not import the sidebar (the sidebar imports its request types).',
  },
  { target: './src', from: ['./scripts', './test'], message: 'What ships imports nothing from the build, preview or tests.' },
  // The core's rooms (docs/ARCHITECTURE.md): vocabulary → places → pay → time, team → sources.
  { target: './src/core/*.ts', from: ['./src/core/*/**'], message: "The core's shared vocabulary imports none of its rooms." },
  {
    target: './src/core/places',
    from: ['./src/core/pay', './src/core/time', './src/core/team', './src/core/sources'],
    message: 'Places come before pay.',
  },
  {
    target: './src/core/pay',
    from: ['./src/core/time', './src/core/team', './src/core/sources'],
    message: 'Pay does not depend on time, team or sources.',
  },
  { target: './src/core/time', from: ['./src/core/team', './src/core/sources'], message: 'Time builds on pay, not on team or sources.' },
  { target: './src/core/team', from: ['./src/core/time', './src/core/sources'], message: 'Team builds on pay only.' },
  { target: './src/core/sources', from: ['./src/core/team'], message: 'Sources explain pay and time, not team sheets.' },
  // The add-on's seam to Sheets knows nothing of what is built through it.
  {
    target: './src/addon/workbook',
    from: ['./src/addon/sheets', './src/addon/freeze', './src/addon/roster'],
    message: 'The workbook seam sits below what uses it.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/generated/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: { SpreadsheetApp: 'readonly', HtmlService: 'readonly', LockService: 'readonly', Utilities: 'readonly' } },
    rules: {
      'no-restricted-syntax': ['error', { selector: "MemberExpression[property.name='innerHTML']", message: 'No data through innerHTML.' }],
    },
  },
  {
    // The thin shell: only the entry file names Apps Script services; modules receive them.
    files: ['src/**/*.ts'],
    ignores: ['src/index.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'SpreadsheetApp',
        'HtmlService',
        'LockService',
        'UrlFetchApp',
        'PropertiesService',
        'DriveApp',
        'Session',
        'ScriptApp',
      ],
    },
  },
  { files: ['src/sidebar/**/*.ts'], languageOptions: { globals: { ...globals.browser, google: 'readonly' } } },
  { files: ['scripts/**', 'test/**', '*.js'], ignores: ['scripts/preview/page/**'], languageOptions: { globals: { ...globals.node } } },
  {
    // The preview page runs in the browser and, like the sidebar, draws data as text only.
    files: ['scripts/preview/page/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-syntax': ['error', { selector: "MemberExpression[property.name='innerHTML']", message: 'No data through innerHTML.' }],
    },
  },
  {
    // The layers run one way and never in a circle: a cycle or an upward import fails lint.
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      // Type-only imports count too: a cycle through types is still a knot to untie.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
    },
  },
);
