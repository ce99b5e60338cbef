import { isUuid } from '../ids/uuid-v7.ts';
import { isFiniteNumber } from '../parts/field-guards.ts';
import type { DomainPorts } from '../ports.ts';
import { newVaultObject, type VaultObject } from '../vault/vault-object.ts';

export const onThisDayHiddenKind = 'on-this-day-hidden';

/**
 * One item the person hid from On This Day, for good. A record of its own per item, sealed and synced
 * like any other, so hiding on one device hides everywhere; two devices hiding at once simply both
 * keep theirs, with nothing to merge.
 */
export type OnThisDayHiddenFields = { readonly itemId: string; readonly hiddenAt: number };
export type OnThisDayHidden = VaultObject<OnThisDayHiddenFields>;

export type HideOnThisDayResult =
  { ok: true; hidden: OnThisDayHidden } | { ok: false; problems: ['item-invalid'] };

export function hideOnThisDay(ports: DomainPorts, itemId: string): HideOnThisDayResult {
  if (!isUuid(itemId)) return { ok: false, problems: ['item-invalid'] };
  const now = ports.clock.now();
  const fields: OnThisDayHiddenFields = { itemId, hiddenAt: now };
  return { ok: true, hidden: newVaultObject(ports.ids.newId(), onThisDayHiddenKind, fields, now) };
}

export function isOnThisDayHidden(object: VaultObject): object is OnThisDayHidden {
  const f = object.fields;
  return (
    object.kind === onThisDayHiddenKind && typeof f['itemId'] === 'string' && isFiniteNumber(f['hiddenAt'])
  );
}

/** Every item hidden, from the records and from a list kept the older way (on one device). */
export function hiddenOnThisDay(
  records: readonly OnThisDayHidden[],
  older: readonly string[] = [],
): ReadonlySet<string> {
  return new Set([...older, ...records.map((r) => r.fields.itemId)]);
}

/** The ids of the older list that no record holds yet: what moving it into the vault must still keep. */
export function hiddenToMove(records: readonly OnThisDayHidden[], older: readonly string[]): string[] {
  const kept = hiddenOnThisDay(records);
  return [...new Set(older)].filter((id) => !kept.has(id) && isUuid(id));
}
