// Lint: typescript-eslint's recommended rules; Apps Script globals for the server code,
// the browser for the sidebar and the preview page, Node for scripts and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
);
