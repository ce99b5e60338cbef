// Test data factories for the practitioner space tests (not exported from the package).
import { makeUuidV7 } from '../ids/uuid-v7.ts';
import { testPorts, type TestPorts } from '../parts/test-factories.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import type { Connection } from './practice.ts';
import { startConnection } from './start-connection.ts';

export { testPorts, type TestPorts };

export const idOf = (n: number): string =>
  makeUuidV7(1_700_000_000_000 + n, new Uint8Array(10).fill(n % 256));

/** A small in-memory vault: objects by id, listed by kind. */
export function memoryVault(objects: readonly VaultObject[] = []) {
  const byId = new Map(objects.map((o) => [o.id, o]));
  return {
    byId,
    get: (id: string): VaultObject | undefined => byId.get(id),
    put: (...more: readonly VaultObject[]) => {
      for (const o of more) byId.set(o.id, o);
    },
    remove: (id: string) => byId.delete(id),
    list: (kind: string): VaultObject[] => [...byId.values()].filter((o) => o.kind === kind),
  };
}

export function makeConnection(ports: TestPorts, myName = 'Sam'): Connection {
  const result = startConnection(ports, {
    shareId: idOf(200),
    shareKey: 'a'.repeat(43),
    practitionerId: idOf(201),
    practitionerName: 'Robin Ash',
    practiceName: 'Riverside Counselling',
    practitionerPublicKey: 'b'.repeat(43),
    myName,
  });
  if (!result.ok) throw new Error(`unexpected problems: ${result.problems.join()}`);
  return result.connection;
}

/** Text a hostile or careless hand might write: markup, control characters, emoji, right-to-left. */
export const hostileText = '<script>alert("x")</script>\u0000 & &amp; \u202Eevil 🌱 "quotes" \\ back';

/** docs/CARE.md's words a shared document never adds of its own. */
export const forbiddenInSharedWords: readonly RegExp[] = [
  /!/u,
  /\bfix(es|ed|ing)?\b/iu,
  /\bget(ting)? rid of\b/iu,
  /\bovercom/iu,
  /\bheal(ed|ing)?\b/iu,
  /\bresolved?\b/iu,
  /\bremov(e|ed|ing)\b/iu,
  /\bbroken\b/iu,
  /\bstreaks?\b/iu,
  /\bmissed\b/iu,
  /\bfail/iu,
  /\bscore\b/iu,
];
