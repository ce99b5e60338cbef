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
    {
      group: ['@tend/*/*', '!@tend/core/primitives'],
      message: "Import a package through its front door (index.ts), or core's small one (primitives.ts).",
    },
    { group: ['../../*/src/*', '../../../*/src/*'], message: 'Import another package by name.' },
  ];
}

// The server process and the contract take only core's small door: the whole domain would cost the
// server's memory about 25 MB it never uses (docs/ARCHITECTURE.md). Tests and benchmarks may use either.
const smallDoorOnly = ['server', 'contract'].map((room) => ({
  files: [`packages/${room}/src/**/*.ts`],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [{ name: '@tend/core', message: "Import core's small door, '@tend/core/primitives'." }],
        patterns: roomPatterns(room, rooms[room]),
      },
    ],
  },
}));

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

// The web's and sync's tests may run the real server in process (`startInProcess`), as the devices'
// other end; their code still may not import it (a dev dependency only, see docs/ARCHITECTURE.md).
const testFiles = (room) => [
  `packages/${room}/src/**/*.test.{ts,tsx}`,
  `packages/${room}/src/**/testing/**/*.{ts,tsx}`,
];
const roomsInTests = { web: [...rooms.web, 'server'], sync: [...rooms.sync, 'server'] };
const clientTestRules = Object.entries(roomsInTests).map(([room, allowed]) => ({
  files: testFiles(room),
  rules: { 'no-restricted-imports': ['error', { patterns: roomPatterns(room, allowed) }] },
}));

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

// The web app's tests may start the real server in process (vault/testing/server-in-process.ts), so a
// service test talks to the server a browser would; the app itself still may not import it.
const webTests = ['**/*.test.{ts,tsx}', '**/testing/**/*.{ts,tsx}'];
const webTestRooms = [...rooms.web, 'server'];

const floorRule = (folder, files, allowed, above, ignores = []) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...roomPatterns('web', allowed),
          ...(above.length === 0
            ? []
            : [
                {
                  group: above.map((upper) => `**/${upper}/*`),
                  message: `web/src/${folder} sits below these folders and may not import them (docs/ARCHITECTURE.md).`,
                },
              ]),
        ],
      },
    ],
  },
});

const webFloorRules = [
  floorRule(
    '',
    webTests.map((t) => `packages/web/src/${t}`),
    webTestRooms,
    [],
  ),
  ...Object.entries(webFloors).flatMap(([folder, above]) => {
    const files = [`packages/web/src/${folder}/**/*.{ts,tsx}`];
    const tests = webTests.map((t) => `packages/web/src/${folder}/${t}`);
    return [floorRule(folder, files, rooms.web, above, tests), floorRule(folder, tests, webTestRooms, above)];
  }),
];

/** A function that drops what it is given: `() => undefined`, `() => null`, `() => {}`. */
const dropsError = (fn) =>
  (fn?.type === 'ArrowFunctionExpression' || fn?.type === 'FunctionExpression') &&
  fn.params.length === 0 &&
  ((fn.body.type === 'Identifier' && fn.body.name === 'undefined') ||
    (fn.body.type === 'Literal' && fn.body.value === null) ||
    (fn.body.type === 'BlockStatement' && fn.body.body.length === 0));

/**
 * A `.catch` that drops the error must say why nothing can be done with it, in a comment on its line
 * or just above its statement: a failure nobody sees is a failure nobody fixes.
 */
const explainedCatch = {
  meta: {
    type: 'problem',
    messages: {
      unexplained: 'This catch drops the error: say in a comment why nothing can be done with it.',
    },
  },
  create(context) {
    const comments = context.sourceCode.getAllComments();
    return {
      CallExpression(node) {
        const { callee } = node;
        if (callee.type !== 'MemberExpression' || callee.property.name !== 'catch') return;
        if (!dropsError(node.arguments[0])) return;
        let statement = node;
        while (statement.parent && !/(Statement|Declaration)$/.test(statement.type))
          statement = statement.parent;
        const line = callee.property.loc.start.line;
        const from = Math.max(statement.loc.start.line - 1, line - 4);
        const isExplained = comments.some((c) => c.loc.end.line >= from && c.loc.start.line <= line);
        if (!isExplained) context.report({ node: callee.property, messageId: 'unexplained' });
      },
    };
  },
};

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
  {
    plugins: { tend: { rules: { 'explained-catch': explainedCatch } } },
    rules: { 'tend/explained-catch': 'error' },
  },
  ...roomRules,
  ...smallDoorOnly,
  serverTestRule,
  ...clientTestRules,
  ...webFloorRules,
  ...wordsRules,
);
