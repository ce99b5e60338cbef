import { defineConfig } from 'vitest/config';
import { PlainSummaryReporter } from './tools/plain-summary-reporter.ts';

export default defineConfig({
  test: {
    reporters: ['default', new PlainSummaryReporter()],
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/{core,crypto,contract,sync}/src/**/*.test.ts',
            'packages/web/src/**/*.test.{ts,tsx}',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          include: ['packages/server/{src,test}/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['packages/e2e/src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
