import { execFileSync, spawnSync } from 'node:child_process';

/**
 * The `age` command-line tool, driven as a person would drive it. It reads a passphrase only from
 * a terminal, so it runs under `script`, which gives it one and passes our input through.
 */
export function ageCliAvailable(): boolean {
  try {
    execFileSync('age', ['--version'], { stdio: 'ignore' });
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs `age` with its arguments, typing each passphrase line; returns the exit status. */
export function runAgeCli(args: readonly string[], typed: readonly string[]): number {
  const command = ['age', ...args].map(shellQuote).join(' ');
  const result = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], {
    input: typed.map((line) => `${line}\n`).join(''),
    stdio: ['pipe', 'ignore', 'ignore'],
    timeout: 120_000,
  });
  return result.status ?? -1;
}

function shellQuote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}
