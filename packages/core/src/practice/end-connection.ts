import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import type { Connection } from './practice.ts';

/**
 * Marks a connection ended and forgets its share key, so nothing later can be sealed to it. Ending
 * twice keeps the first ending.
 */
export function endConnection(
  ports: Pick<DomainPorts, 'clock'>,
  connection: Connection,
  endedBy: 'me' | 'practitioner',
): Connection {
  if (connection.fields.endedAt !== null && !connection.fields.shareKey) return connection;
  const now = ports.clock.now();
  return editVaultObject(
    connection,
    {
      shareKey: '',
      goingForward: [],
      endedAt: connection.fields.endedAt ?? now,
      endedBy: connection.fields.endedBy ?? endedBy,
    },
    now,
  );
}
