import {
  connectionKind,
  isConnection,
  isPracticeReply,
  isSessionList,
  isSharedItem,
  practiceProfileKind,
  practiceReplyKind,
  sessionListKind,
  sharedItemKind,
  type Connection,
  type DomainPorts,
  type PracticeProfile,
  type PracticeReply,
  type SessionList,
  type SharedItem,
  type VaultObject,
} from '@tend/core';
import type { VaultContext } from '../vault-context.ts';
import type { VaultService } from '../vault-service.ts';

/** What the practice service needs of the vault: the same doors the screens use. */
export type PracticeVault = Pick<VaultService, 'save' | 'remove' | 'list' | 'get' | 'subscribe'>;

/** The ports core's practice constructors take. */
export function domainPorts(ctx: VaultContext): DomainPorts {
  return { clock: ctx.runtime.clock, ids: { newId: () => ctx.runtime.newVaultId() } };
}

// Objects another device wrote in a shape this app cannot read are left alone, never half-used.

export const isActive = (connection: Connection): boolean =>
  connection.fields.endedAt === null && connection.fields.shareKey !== '';

export function connectionsOf(vault: PracticeVault): Connection[] {
  return vault.list(connectionKind).filter(isConnection);
}

export function connectionById(vault: PracticeVault, id: string): Connection | null {
  const object = vault.get(id);
  return object && isConnection(object) ? object : null;
}

const belongsTo = (connectionId: string) => (object: VaultObject) =>
  object.fields['connectionId'] === connectionId;

/** Every shared item of the connection, unshared ones (kept as markers) included. */
export function sharedItemsOf(vault: PracticeVault, connectionId: string): SharedItem[] {
  return vault.list(sharedItemKind).filter(isSharedItem).filter(belongsTo(connectionId));
}

const byCreation = (a: VaultObject, b: VaultObject) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

export function sessionListOf(vault: PracticeVault, connectionId: string): SessionList | null {
  const lists = vault.list(sessionListKind).filter(isSessionList).filter(belongsTo(connectionId));
  // Two devices may each have started one: the earliest is the connection's list.
  return lists.sort(byCreation)[0] ?? null;
}

export function repliesOf(vault: PracticeVault, connectionId: string): PracticeReply[] {
  return vault.list(practiceReplyKind).filter(isPracticeReply).filter(belongsTo(connectionId));
}

const isProfile = (object: VaultObject): object is PracticeProfile =>
  typeof object.fields['name'] === 'string' && typeof object.fields['practice'] === 'string';

export function profileOf(vault: PracticeVault): PracticeProfile | null {
  return vault.list(practiceProfileKind).filter(isProfile).sort(byCreation)[0] ?? null;
}
