// Lint enforces where code may run, the way the directory names promise:
//  - shared/    runs anywhere: no Node built-ins, no Electron, no DOM globals;
//  - renderer/  runs in the sandboxed page: no Node built-ins, no Electron;
//  - electron/services and electron/cli are Node-only and never import Electron, so the CLI and browser mode can use them.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_MODULES = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
  'stream',
  'worker_threads',
  'better-sqlite3',
  'exceljs',
  'pdfmake',
  'pdfmake/*',
];
const nodeImports = { group: NODE_MODULES, message: 'shared/ and renderer/ must not import Node modules.' };
const electronImports = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/main and electron/preload may import electron.',
};
const DOM_GLOBALS = Object.keys(globals.browser).filter((name) => !(name in globals.es2021));

export default tseslint.config(
  { ignores: ['node_modules/', '.tsbuild/', 'dist/', 'out/', '.vitest/', '.native/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeImports, electronImports] }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS, 'process', 'Buffer', 'require', '__dirname', '__filename', 'global'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeImports, electronImports] }] },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronImports] }] },
  },
);
