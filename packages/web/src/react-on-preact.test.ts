import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as compat from 'preact/compat';
import * as compatClient from 'preact/compat/client';
import { describe, expect, it } from 'vitest';

/**
 * The built app runs on Preact (vite.config.ts), while the dev server and these tests run React. So a
 * React API that preact/compat lacks would work here and break only in the build: this test reads
 * every value the app imports from React and asks preact/compat for it.
 */
const source = join(import.meta.dirname);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Names imported as values (not `type`) from a module, across the app's source. */
function valuesImportedFrom(module: string): Set<string> {
  const names = new Set<string>();
  const pattern = new RegExp(`import\\s+(type\\s+)?\\{([^}]*)\\}\\s+from\\s+'${module}'`, 'g');
  for (const file of sourceFiles(source)) {
    for (const [, isTypeOnly, list] of readFileSync(file, 'utf8').matchAll(pattern)) {
      if (isTypeOnly || !list) continue;
      for (const item of list.split(',')) {
        const name = item.trim().split(/\s+as\s+/)[0] ?? '';
        if (name && !name.startsWith('type ')) names.add(name);
      }
    }
  }
  return names;
}

describe('the React API the app uses', () => {
  it('is all there in preact/compat, which the build runs on', () => {
    const fromReact = valuesImportedFrom('react');
    expect(fromReact.size).toBeGreaterThan(5);
    const missing = [...fromReact].filter((name) => !(name in compat));
    expect(missing).toEqual([]);
  });

  it('mounts the app the way preact/compat/client can', () => {
    const fromClient = [...valuesImportedFrom('react-dom/client')];
    expect(fromClient.filter((name) => !(name in compatClient))).toEqual([]);
    // Anything else from React DOM (portals, flushSync) must be checked here before it is used.
    expect(valuesImportedFrom('react-dom').size).toBe(0);
  });
});
