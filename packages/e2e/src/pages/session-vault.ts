// A small vault file to import for the session-page journey: a part met twice, a person checked in
// with twice, and a "Bring to session" list for a practitioner, all in the last two weeks.
import {
  addRelationship,
  createPart,
  makeUuidV7,
  makeVaultExport,
  recordCheckIn,
  recordMeeting,
  sessionList,
  shareItem,
  startConnection,
  type DomainPorts,
  type VaultObject,
} from '@tend/core';

const day = 24 * 60 * 60 * 1000;

const isOk = <R extends { ok: boolean }>(result: R): result is Extract<R, { ok: true }> => result.ok;

function ok<R extends { ok: boolean }>(result: R): Extract<R, { ok: true }> {
  if (isOk(result)) return result;
  throw new Error(`unexpected problems: ${JSON.stringify(result)}`);
}

export function sessionVaultJson(now: number): string {
  const ports: DomainPorts = {
    clock: { now: () => now },
    ids: { newId: () => makeUuidV7(now, crypto.getRandomValues(new Uint8Array(10))) },
  };
  const { part } = ok(createPart(ports, { name: 'The tired one' }));
  const meetings = [
    ok(recordMeeting(ports, { partIds: [part.id], when: now - 9 * day, stances: ['abandoned'] })).meeting,
    ok(
      recordMeeting(ports, {
        partIds: [part.id],
        when: now - 2 * day,
        stances: ['stayed-with-compassion'],
        presence: 'present',
        felt: 'Heavy shoulders, then a little room',
      }),
    ).meeting,
  ];
  const { relationship } = ok(addRelationship(ports, { name: 'Ana' }));
  const checkIns = [5, 1].map(
    (back) =>
      ok(
        recordCheckIn(ports, {
          relationshipId: relationship.id,
          at: now - back * day,
          seen: 'mostly',
          afterwards: 2,
        }),
      ).checkIn,
  );
  const { connection } = ok(
    startConnection(ports, {
      shareId: ports.ids.newId(),
      shareKey: 'a'.repeat(43),
      practitionerId: ports.ids.newId(),
      practitionerName: 'Robin Ash',
      practiceName: 'Riverside Counselling',
      practitionerPublicKey: 'b'.repeat(43),
      myName: 'Sam',
    }),
  );
  const lookup = (id: string) => [part, ...meetings].find((o) => o.id === id);
  const { item } = ok(shareItem(ports, { connection, source: meetings[1] ?? part, mode: 'live', lookup }));
  const list = ok(
    sessionList(ports, {
      connectionId: connection.id,
      forDate: null,
      entries: [
        { id: ports.ids.newId(), sharedItemId: item.id, text: 'What changed in the second meeting' },
        { id: ports.ids.newId(), sharedItemId: null, text: 'The harbour dream, and sleep' },
      ],
    }),
  ).sessionList;
  const objects: VaultObject[] = [part, ...meetings, relationship, ...checkIns, connection, item, list];
  return JSON.stringify(makeVaultExport(objects, now));
}
