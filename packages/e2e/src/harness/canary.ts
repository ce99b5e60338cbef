import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder (database, WAL, shared memory, backups...), read as raw bytes. */
export function filesHolding(folder: string, needle: string): string[] {
  const found: string[] = [];
  const bytes = Buffer.from(needle, 'utf8');
  const utf16 = Buffer.from(needle, 'utf16le');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const content = readFileSync(path);
        if (content.includes(bytes) || content.includes(utf16)) found.push(path);
      }
    }
  };
  walk(folder);
  return found;
}

export function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}
