// Lint rules, including the architecture's seams: only storage/ imports Dexie, only map/ imports Leaflet.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const dexie = { name: 'dexie', message: 'Only src/client/storage may import Dexie: use its hooks and port.' };
const dexieHooks = { name: 'dexie-react-hooks', message: 'Only src/client/storage may import Dexie.' };
const leaflet = { name: 'leaflet', message: 'Only src/client/map may import Leaflet (it is loaded lazily).' };
const reactLeaflet = { name: 'react-leaflet', message: 'Only src/client/map may import Leaflet.' };

export default tseslint.config(
  { ignores: ['dist', 'data', 'node_modules', 'coverage', 'bench/.peer'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', { paths: [dexie, dexieHooks, leaflet, reactLeaflet] }],
    },
  },
  {
    files: ['src/client/storage/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [leaflet, reactLeaflet] }] },
  },
  {
    files: ['src/client/map/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [dexie, dexieHooks] }] },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [dexie, dexieHooks, leaflet, reactLeaflet, 'react', 'fastify', 'better-sqlite3', 'pg'],
          patterns: [{ group: ['node:*'], message: 'src/shared is platform-neutral.' }],
        },
      ],
    },
  },
);
