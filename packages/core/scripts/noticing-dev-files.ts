// Reads the external development data for gentle noticing at run time. The rows stay outside the
// repository: nothing here copies them, prints them or writes them anywhere.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NoticingDevFiles } from '../src/noticing/eval/external/noticing-dev-types.ts';

/** Beside the repository, in the shared data folder; `NOTICING_DEV_DIR` points elsewhere (a held-out part). */
export const noticingDevDir = resolve(
  process.env.NOTICING_DEV_DIR ??
    join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'noticing-dev'),
);

const names = {
  users: 'cssrs-users-dev.jsonl',
  thoughts: 'cbtbench-dev.jsonl',
  mapping: 'label-mapping.json',
} as const;

/** The three files' text, or undefined when the folder (or a file) is not there. */
export function readNoticingDevFiles(dir = noticingDevDir): NoticingDevFiles | undefined {
  const paths = {
    users: join(dir, names.users),
    thoughts: join(dir, names.thoughts),
    mapping: join(dir, names.mapping),
  };
  if (!Object.values(paths).every((path) => existsSync(path))) return undefined;
  return {
    users: readFileSync(paths.users, 'utf8'),
    thoughts: readFileSync(paths.thoughts, 'utf8'),
    mapping: readFileSync(paths.mapping, 'utf8'),
  };
}
