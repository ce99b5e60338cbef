import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { invitationLifetimeMs } from '@tend/contract';
import { testService } from '../testing/service-kit.ts';
import { InvitationError } from '../practice-service.ts';
import { WrongPassphraseError } from '../vault-service.ts';
import {
  bodies,
  connected,
  passphrase,
  person,
  practiceOf,
  profile,
  closeServers,
  freshServer,
} from './testing/practice-kit.ts';

afterEach(closeServers);
describe('connecting a client and a practitioner', () => {
  it('is unavailable without an account', async () => {
    const api = await freshServer();
    const service = testService(api);
    await service.status();
    await service.createVault(passphrase);
    await practiceOf(service).refresh();
    expect(practiceOf(service).snapshot()).toMatchObject({ status: 'unavailable', connections: [] });
    expect(api.seen.filter((r) => r.route === 'shares')).toEqual([]);
  });

  it('invites, previews who it is from, refuses a wrong passphrase, and connects once', async () => {
    const api = await freshServer();
    const ada = await person(api, 'ada-reyes');
    const river = await person(api, 'river');
    await expect(practiceOf(ada).createInvitation()).rejects.toMatchObject({ code: 'not_found' });
    await expect(practiceOf(ada).openPractice('not it', profile)).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    await practiceOf(ada).openPractice(passphrase, profile);
    expect(practiceOf(ada).snapshot()).toMatchObject({ isPractitioner: true, profile });

    const invitation = await practiceOf(ada).createInvitation();
    expect(invitation.code).toMatch(/^TEND(-[0-9A-Z]{4}){5}$/);
    expect(invitation.link).toBe(`/connect#${invitation.code}`);
    expect(invitation.expiresAt).toBeGreaterThan(Date.now() + invitationLifetimeMs - 60_000);
    await expect(practiceOf(ada).readInvitation(invitation.code)).rejects.toEqual(new InvitationError('own'));
    await expect(practiceOf(river).readInvitation('TEND-1234')).rejects.toMatchObject({
      reason: 'malformed',
    });

    const loosely = invitation.code.toLowerCase().replaceAll('-', ' ');
    expect(await practiceOf(river).readInvitation(loosely)).toEqual({
      practitionerName: 'Ada Reyes',
      practiceName: 'Harbour Counselling',
      expiresAt: invitation.expiresAt,
    });
    await expect(
      practiceOf(river).acceptInvitation(invitation.link, 'River', 'not it'),
    ).rejects.toBeInstanceOf(WrongPassphraseError);
    // The refused attempt did not spend the invitation.
    const connectionId = await practiceOf(river).acceptInvitation(invitation.link, 'River', passphrase);
    const [connection] = practiceOf(river).snapshot().connections;
    expect(connection).toMatchObject({
      id: connectionId,
      practitionerName: 'Ada Reyes',
      practiceName: 'Harbour Counselling',
      myName: 'River',
      endedAt: null,
      endedBy: null,
      goingForward: [],
      hasNew: false,
    });
    expect(practiceOf(river).snapshot().status).toBe('ready');

    // Single use: the code now reads as unknown.
    await expect(practiceOf(river).readInvitation(invitation.code)).rejects.toMatchObject({
      reason: 'unknown',
    });
    await expect(
      practiceOf(river).acceptInvitation(invitation.code, 'River', passphrase),
    ).rejects.toMatchObject({
      reason: 'unknown',
    });

    await practiceOf(ada).refresh();
    const seen = practiceOf(ada).snapshot();
    expect(seen.clients).toEqual([
      { shareId: connection?.shareId, name: 'River', connectedAt: expect.any(Number), hasNew: false },
    ]);
    // Nothing changed: the same snapshot object, so screens do not render again.
    await practiceOf(ada).refresh();
    expect(practiceOf(ada).snapshot()).toBe(seen);

    // The server never saw a name in plaintext.
    expect(bodies(api)).not.toContain('Ada Reyes');
    expect(bodies(api)).not.toContain('River');
  }, 60_000);

  it('refuses an expired invitation', async () => {
    const api = await freshServer();
    const ada = await person(api, 'ada-later');
    const river = await person(api, 'river-later');
    await practiceOf(ada).openPractice(passphrase, profile);
    const invitation = await practiceOf(ada).createInvitation();
    api.advanceClock(invitationLifetimeMs + 1);
    await expect(practiceOf(river).readInvitation(invitation.code)).rejects.toMatchObject({
      reason: 'unknown',
    });
  }, 60_000);

  it('keeps each side to its own snapshot', async () => {
    const api = await freshServer();
    const { practitioner, client, shareId } = await connected(api);
    expect(practiceOf(client).snapshot()).toMatchObject({ isPractitioner: false, clients: [] });
    expect(practiceOf(practitioner).snapshot()).toMatchObject({ connections: [] });
    expect(
      practiceOf(practitioner)
        .snapshot()
        .clients.map((c) => c.shareId),
    ).toEqual([shareId]);
    // A third person has no way into the share.
    const stranger = await person(api, 'stranger');
    await practiceOf(stranger).openPractice(passphrase, { name: 'Someone', practice: '' });
    await expect(practiceOf(stranger).openClient(shareId)).rejects.toMatchObject({ code: 'not_found' });
  }, 60_000);
});

describe('the name a practitioner sees', () => {
  it('changes when the client renames themself, sealed on the way', async () => {
    const api = await freshServer();
    const { practitioner, client, connectionId } = await connected(api);
    expect(
      practiceOf(practitioner)
        .snapshot()
        .clients.map((c) => c.name),
    ).toEqual(['River']);
    await expect(practiceOf(client).renameMe(connectionId, '   ')).rejects.toBeInstanceOf(RangeError);
    await practiceOf(client).renameMe(connectionId, 'Riv (she/her)');
    await practiceOf(practitioner).refresh();
    expect(
      practiceOf(practitioner)
        .snapshot()
        .clients.map((c) => c.name),
    ).toEqual(['Riv (she/her)']);
    expect(practiceOf(client).snapshot().connections[0]?.myName).toBe('Riv (she/her)');
    expect(bodies(api)).not.toContain('Riv (she/her)');
  }, 60_000);
});
