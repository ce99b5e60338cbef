import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repository = join(import.meta.dirname, '..', '..', '..', '..');
const cli = join(repository, 'node_modules', '@lingui', 'cli', 'dist', 'lingui.js');

/** Runs a check of Lingui's own command line over the repository's catalogues; its output on failure. */
function linguiCheck(...args: string[]): { passed: boolean; output: string } {
  try {
    const output = execFileSync(process.execPath, [cli, 'check', ...args, '--config', 'lingui.config.ts'], {
      cwd: repository,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { passed: true, output };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { passed: false, output: `${stdout}${stderr}` };
  }
}

describe("every language's catalogues", () => {
  it('hold every message the code has, and nothing it no longer has (npm run i18n:extract writes them)', () => {
    const { passed, output } = linguiCheck('sync');
    expect(output, 'run npm run i18n:extract').toContain('PASS');
    expect(passed, output).toBe(true);
  });

  it('have every English message written in German and in Spanish', () => {
    const { passed, output } = linguiCheck('missing', '--mode', 'catalog', '--verbose');
    expect(passed, output).toBe(true);
  });
});
