import { isFiniteNumber, isNullableString, isRecord, isString } from '../parts/field-guards.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import type { ShareableKind } from './practice.ts';

/**
 * What a practitioner's device remembers of one client from the last time they looked (fetched the
 * share): never shared material, only its shape (which items, when each last changed, the next
 * session's date), so the caseload can say what is new and when the next session is without fetching
 * again (every fetch is an access the client sees). A record of the practitioner's own vault, so it
 * also remembers a connection that has ended, until the practitioner dismisses the notice.
 */
export const clientGlanceKind = 'practice-client-glance';

export type ClientGlanceFields = {
  readonly shareId: string;
  readonly clientName: string;
  readonly connectedAt: number;
  /** When the practitioner last opened the client's page (fetched the share). */
  readonly lastLookedAt: number;
  /** Each shared item seen then: its kind and when it last changed. */
  readonly items: { readonly [id: string]: { readonly kind: ShareableKind; readonly updatedAt: number } };
  /** The session list as seen then: when it last changed, how many points, and the date it is for. */
  readonly sessionList: {
    readonly updatedAt: number;
    readonly points: number;
    readonly forDate: string | null;
  } | null;
  /** When the practitioner's device found the connection gone; null while it is open. */
  readonly endedAt: number | null;
  /** Who ended it, as far as this device knows: the practitioner here, else the client. */
  readonly endedBy: 'me' | 'client' | null;
  /** The practitioner has read the ended notice and put it away. */
  readonly dismissedAt: number | null;
};
export type ClientGlance = VaultObject<ClientGlanceFields>;

/** Whether an object read back from the vault has the shape of a client glance. */
export function isClientGlance(object: VaultObject): object is ClientGlance {
  const f = object.fields;
  const list = f['sessionList'];
  return (
    object.kind === clientGlanceKind &&
    isString(f['shareId']) &&
    isString(f['clientName']) &&
    isFiniteNumber(f['connectedAt']) &&
    isFiniteNumber(f['lastLookedAt']) &&
    isRecord(f['items']) &&
    Object.values(f['items']).every(
      (i) => isRecord(i) && isString(i['kind']) && isFiniteNumber(i['updatedAt']),
    ) &&
    (list === null ||
      (isRecord(list) &&
        isFiniteNumber(list['updatedAt']) &&
        isFiniteNumber(list['points']) &&
        isNullableString(list['forDate']))) &&
    (f['endedAt'] === null || isFiniteNumber(f['endedAt'])) &&
    (f['endedBy'] === null || f['endedBy'] === 'me' || f['endedBy'] === 'client') &&
    (f['dismissedAt'] === null || isFiniteNumber(f['dismissedAt']))
  );
}
