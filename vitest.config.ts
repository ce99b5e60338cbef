import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { linguiPlugins } from './packages/web/scripts/lingui-plugins.ts';
import { DurationsReporter } from './tools/durations-reporter.ts';
import { PlainSummaryReporter } from './tools/plain-summary-reporter.ts';

export default defineConfig({
  // What the web build defines (packages/web/vite.config.ts), for the screens rendered in tests.
  define: { __TEND_APP_VERSION__: JSON.stringify('test') },
  test: {
    reporters: ['default', new DurationsReporter(), new PlainSummaryReporter()],
    // Vitest leaves one core to itself, which on a 2-core machine means one file at a time. Two
    // workers at least, and the same for every project so that they share one queue: the journeys
    // spend much of their time waiting on Chromium and the server, and the other files use it.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        // The web app's words go through Lingui's macros, compiled as the build compiles them.
        plugins: linguiPlugins(),
        test: {
          name: 'unit',
          include: [
            'packages/{core,crypto,contract,sync}/src/**/*.test.ts',
            'packages/web/src/**/*.test.{ts,tsx}',
          ],
          exclude: [...configDefaults.exclude, 'packages/web/src/**/*.dom.test.tsx'],
          environment: 'node',
          // A bound for a hang, not a speed check: on a loaded 2-core machine a test that takes
          // 300 ms when quiet can take many seconds, and the default 5 s would fail it.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: linguiPlugins(),
        test: {
          name: 'dom',
          // The app on a page (happy-dom), a person's clicks and keys through Testing Library, with
          // the modules compiled as Node's so the real server can answer in the same process.
          include: ['packages/web/src/**/*.dom.test.tsx'],
          environment: './packages/web/src/testing/happy-dom-on-node.ts',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'server',
          include: ['packages/server/{src,test}/**/*.test.ts'],
          environment: 'node',
          // Bounds for a hang, as above; some of these start server processes (a start alone can take
          // most of a minute on a busy machine) or several in one test, as the kill -9 test does.
          testTimeout: 600_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['packages/e2e/src/**/*.test.ts'],
          environment: 'node',
          // One Chromium per journey file (a context per browser the journey opens), closed after it.
          setupFiles: ['packages/e2e/src/harness/setup.ts'],
          // Whole journeys: each step waits on its own condition (30 s at most); these only end a hang.
          testTimeout: 600_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
