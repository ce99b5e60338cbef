import { makeUuidV7 } from '../ids/uuid-v7.ts';
import { journalEntryKind, noLinks, type JournalEntryFields } from '../journal/journal-entry.ts';
import { kindnessKind, type KindnessFields } from '../kindness/kindness-moment.ts';
import { newVaultObject, type VaultObject } from '../vault/vault-object.ts';
import type { ActivityMapping, BringInReading } from './bring-in.ts';
import { fingerprint } from './fingerprint.ts';

/** What an import would write, counted for the preview before anything is written. */
export interface BringInPlan {
  readonly objects: readonly VaultObject[];
  readonly newEntries: number;
  readonly newKindness: number;
  /** Entries and moments already in the vault from an earlier import of the same file. */
  readonly alreadyHere: number;
  /** Entries and moments of an earlier import that the person deleted since: they stay deleted. */
  readonly deletedEntries: number;
  readonly deletedKindness: number;
  /** The first and last day of the entries to add, or null when none. */
  readonly span: { readonly from: string; readonly to: string } | null;
}

/**
 * Turns a reading into vault objects. Each id comes from what was read (its time and a fingerprint
 * of its words), so importing the same file again finds every object already here and adds nothing.
 * Objects are stamped at their own time, so a person's later edits win over a repeated import, and
 * one the person deleted after an earlier import (`isDeleted`, the device's tombstones) was their
 * decision: it is left out and counted, never brought back.
 */
export function planBringIn(
  reading: BringInReading,
  mapping: ActivityMapping,
  isPresent: (id: string) => boolean,
  isDeleted: (id: string) => boolean = () => false,
): BringInPlan {
  const seen = new Set<string>();
  const objects: VaultObject[] = [];
  let alreadyHere = 0;
  const deleted = { entries: 0, kindness: 0 };
  const add = (object: VaultObject) => {
    if (seen.has(object.id)) return false;
    seen.add(object.id);
    if (isDeleted(object.id)) {
      deleted[object.kind === kindnessKind ? 'kindness' : 'entries'] += 1;
      return false;
    }
    if (isPresent(object.id)) {
      alreadyHere += 1;
      return false;
    }
    objects.push(object);
    return true;
  };
  const days: string[] = [];
  for (const found of reading.entries) {
    const fields: JournalEntryFields = {
      date: found.date,
      title: found.title,
      body: found.body,
      links: noLinks,
    };
    if (add(newVaultObject(idFor(found.key, found.at), journalEntryKind, fields, safeTime(found.at)))) {
      days.push(found.date);
    }
  }
  let newKindness = 0;
  for (const found of reading.activities) {
    // Own keys only: an activity named "constructor" must not find Object's.
    const what = Object.hasOwn(mapping, found.activity) ? (mapping[found.activity] ?? null) : null;
    if (!what) continue;
    const fields: KindnessFields = {
      at: safeTime(found.at),
      what,
      words: what === 'own-words' ? found.activity : '',
    };
    if (
      add(newVaultObject(idFor(`${found.key}|${what}`, found.at), kindnessKind, fields, safeTime(found.at)))
    ) {
      newKindness += 1;
    }
  }
  days.sort();
  const span = days.length ? { from: days[0] ?? '', to: days.at(-1) ?? '' } : null;
  return {
    objects,
    newEntries: days.length,
    newKindness,
    alreadyHere,
    deletedEntries: deleted.entries,
    deletedKindness: deleted.kindness,
    span,
  };
}

function idFor(key: string, at: number): string {
  return makeUuidV7(safeTime(at), fingerprint(key));
}

/** A time the file did not give sensibly (NaN, before 1970, far future) becomes 0, still stable. */
function safeTime(at: number): number {
  return Number.isFinite(at) && at > 0 && at < 8_640_000_000_000 ? Math.floor(at) : 0;
}
