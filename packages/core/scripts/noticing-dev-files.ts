// Reads the external development data for gentle noticing at run time. The rows stay outside the
// repository: nothing here copies them, prints them or writes them anywhere.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { noticingEngine } from '../src/noticing/eval/engine-view.ts';
import { floorPatterns } from '../src/noticing/eval/external/keyword-floors.ts';
import type { NoticingDevFiles } from '../src/noticing/eval/external/noticing-dev-types.ts';
import { parseNoticingDev } from '../src/noticing/eval/external/parse-noticing-dev.ts';
import { scoreNoticingDev, type NoticingDevScore } from '../src/noticing/eval/external/score-noticing-dev.ts';

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

/** The engine and the keyword floors scored on the folder's data, or undefined when it is absent. */
export function scoreNoticingDevFolder(dir = noticingDevDir): NoticingDevScore | undefined {
  const files = readNoticingDevFiles(dir);
  return files && scoreNoticingDev(parseNoticingDev(files), noticingEngine, floorPatterns);
}
