import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const sourceRoot = join(import.meta.dirname, '..');

/** The app's own files: no tests, no test kits. */
function productFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : productFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the test-only Argon2id cost', () => {
  it('is never used by the app itself, only by tests and their kits', () => {
    const files = productFiles(sourceRoot);
    expect(files.map((f) => relative(sourceRoot, f))).toContain('app-context.ts');
    // It can only be used where it is imported; comments may name it.
    const imports = /import\s*\{[^}]*\btestKdfCost\b[^}]*\}\s*from/;
    const using = files.filter((f) => imports.test(readFileSync(f, 'utf8')));
    expect(using.map((f) => relative(sourceRoot, f))).toEqual([]);
  });
});
