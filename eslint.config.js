// Lint rules that keep the rooms of docs/ARCHITECTURE.md apart: imports flow one way.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const rooms = {
  core: [],
  crypto: ['core'],
  contract: ['core'],
  sync: ['core', 'contract', 'crypto'],
  server: ['core', 'contract'],
  web: ['core', 'contract', 'crypto', 'sync'],
  e2e: ['core', 'contract', 'crypto', 'server'],
};

const roomRules = Object.entries(rooms).map(([room, allowed]) => ({
  files: [`packages/${room}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: Object.keys(rooms)
              .filter((other) => other !== room && !allowed.includes(other))
              .map((other) => `@tend/${other}`),
            message: 'This import crosses the rooms of docs/ARCHITECTURE.md.',
          },
          { group: ['@tend/*/*'], message: 'Import a package through its front door (index.ts).' },
          { group: ['../../*/src/*', '../../../*/src/*'], message: 'Import another package by name.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', '**/*.js', '**/*.mjs'] },
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
);
