// Lint rules that keep the rooms of docs/ARCHITECTURE.md apart: imports flow one way.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { wordsRules } from './tools/words-lint.js';

const rooms = {
  core: [],
  crypto: ['core'],
  contract: ['core'],
  sync: ['core', 'contract', 'crypto'],
  server: ['core', 'contract'],
  web: ['core', 'contract', 'crypto', 'sync'],
  e2e: ['core', 'contract', 'crypto', 'server'],
};

function roomPatterns(room, allowed) {
  return [
    {
      group: Object.keys(rooms)
        .filter((other) => other !== room && !allowed.includes(other))
        .map((other) => `@tend/${other}`),
      message: 'This import crosses the rooms of docs/ARCHITECTURE.md.',
    },
    { group: ['@tend/*/*'], message: 'Import a package through its front door (index.ts).' },
    { group: ['../../*/src/*', '../../../*/src/*'], message: 'Import another package by name.' },
  ];
}

const roomRules = Object.entries(rooms).map(([room, allowed]) => ({
  files: [`packages/${room}/**/*.{ts,tsx}`],
  rules: { 'no-restricted-imports': ['error', { patterns: roomPatterns(room, allowed) }] },
}));

// The server's tests and benchmarks may drive it with the real client (crypto and the sync engine), as a
// device does; the server itself still may not import them.
const serverTestRule = {
  files: ['packages/server/test/**/*.ts', 'packages/server/bench/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: roomPatterns('server', [...rooms.server, 'crypto', 'sync']) },
    ],
  },
};

// The floors inside web (docs/ARCHITECTURE.md): app -> screens -> state, ui -> router -> vault.
// Each folder lists the folders above it, which it may not import.
const webFloors = {
  screens: ['app'],
  sync: ['app', 'screens'],
  noticing: ['app', 'screens'],
  state: ['app', 'screens', 'ui', 'sync', 'noticing'],
  ui: ['app', 'screens', 'state', 'sync', 'noticing'],
  router: ['app', 'screens', 'state', 'ui'],
  vault: ['app', 'screens', 'state', 'ui', 'router'],
  i18n: ['app', 'screens', 'state', 'ui', 'sync', 'noticing', 'router', 'copy', 'vault'],
};

const webFloorRules = Object.entries(webFloors).map(([folder, above]) => ({
  files: [`packages/web/src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...roomPatterns('web', rooms.web),
          {
            group: above.map((upper) => `**/${upper}/*`),
            message: `web/src/${folder} sits below these folders and may not import them (docs/ARCHITECTURE.md).`,
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['**/dist/**', '**/.tsbuild/**', '**/node_modules/**', 'data/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  ...roomRules,
  serverTestRule,
  ...webFloorRules,
  ...wordsRules,
);
