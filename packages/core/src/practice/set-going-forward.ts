import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import type { Connection, ShareableKind } from './practice.ts';

/**
 * Shares a kind from now on, or stops. Turning a kind on notes when, so only objects made from then
 * are shared; turning it on again while on changes nothing. Turning it off leaves what is already
 * shared as it is (each item can be unshared on its own).
 */
export function setGoingForward(
  ports: Pick<DomainPorts, 'clock'>,
  connection: Connection,
  kind: ShareableKind,
  on: boolean,
): Connection {
  const current = connection.fields.goingForward;
  const isOn = current.some((g) => g.kind === kind);
  if (isOn === on || connection.fields.endedAt !== null) return connection;
  const now = ports.clock.now();
  const goingForward = on ? [...current, { kind, since: now }] : current.filter((g) => g.kind !== kind);
  return editVaultObject(connection, { goingForward }, now);
}
