import { msg, plural } from '@lingui/core/macro';
import { i18n } from '../../i18n/activate.ts';

/** tend-vault-2026-01-05.json: sorts by day in a downloads folder. */
export function exportFileName(day: string): string {
  return `tend-vault-${day}.json`;
}

/** tend-backup-2026-01-05.json.age: the JSON inside, sealed in the age format. */
export function backupFileName(day: string): string {
  return `tend-backup-${day}.json.age`;
}

/** How many objects came in, said plainly. */
export function importedText(count: number): string {
  if (count === 0) return i18n._(msg`The file was read. Everything in it was already in your vault.`);
  return i18n._(
    msg`${plural(count, { one: '# item came in from the file.', other: '# items came in from the file.' })}`,
  );
}
