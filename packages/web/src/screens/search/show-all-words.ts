import { plural } from '@lingui/core/macro';
import type { SearchKind } from '@tend/core';

/** "Show all 60 check-ins": each kind counted, for the way to see past the newest of a group. */
export function showAllWords(kind: SearchKind, total: number): string {
  switch (kind) {
    case 'part':
      return plural(total, { one: 'Show the # part', other: 'Show all # parts' });
    case 'meeting':
      return plural(total, { one: 'Show the # meeting', other: 'Show all # meetings' });
    case 'grief':
      return plural(total, { one: 'Show the # grief', other: 'Show all # griefs' });
    case 'pause':
      return plural(total, { one: 'Show the # pause', other: 'Show all # pauses' });
    case 'pattern':
      return plural(total, { one: 'Show the # pattern', other: 'Show all # patterns' });
    case 'relationship':
      return plural(total, { one: 'Show the # person', other: 'Show all # people' });
    case 'check-in':
      return plural(total, { one: 'Show the # check-in', other: 'Show all # check-ins' });
    case 'resource':
      return plural(total, { one: 'Show the # resource', other: 'Show all # resources' });
    case 'journal':
      return plural(total, { one: 'Show the # journal entry', other: 'Show all # journal entries' });
    case 'kindness':
      return plural(total, { one: 'Show the # kindness moment', other: 'Show all # kindness moments' });
  }
}
