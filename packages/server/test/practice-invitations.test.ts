import {
  ReadInvitationResponse,
  ShareAsClient,
  invitationLifetimeMs,
  maxOpenInvitations,
} from '@tend/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './support/databases.ts';
import { randomB64 } from './support/factories.ts';
import {
  acceptRequest,
  callRoute,
  connect,
  errorCode as codeOf,
  invite,
  listShares as listSharesOf,
  newInvitationRequest,
  signUpPractitioner,
} from './support/practice.ts';
import { createTestServer, type SignedUp, type TestServer } from './support/test-server.ts';

describe.each(testDatabases())('practice and invitation routes on $name', (database) => {
  let server: TestServer;
  let now = 1_800_000_000_000;
  beforeAll(async () => {
    server = await createTestServer({ database, clock: { now: () => now }, cheapHashing: true });
  });
  afterAll(() => server.close());

  const practitioner = () => signUpPractitioner(server);
  const listShares = (person: SignedUp) => listSharesOf(server, person);

  describe('openPractice', () => {
    it('re-checks the passphrase, then makes the account a practitioner, idempotently', async () => {
      const person = await server.signUp();
      const body = { authSecret: person.request.authSecret };
      expect((await callRoute(server, 'openPractice', { body })).status).toBe(401);
      const wrong = await callRoute(server, 'openPractice', {
        cookie: person.cookie,
        body: { authSecret: randomB64(32) },
      });
      expect([wrong.status, await codeOf(wrong)]).toEqual([401, 'unauthorized']);
      expect((await listShares(person)).isPractitioner).toBe(false);
      for (let i = 0; i < 2; i += 1) {
        expect((await callRoute(server, 'openPractice', { cookie: person.cookie, body })).status).toBe(204);
      }
      expect(await listShares(person)).toEqual({ isPractitioner: true, asClient: [], asPractitioner: [] });
    });
  });

  describe('invitations', () => {
    it('are made only from a practice, expire after seven days, and a lookup is used once', async () => {
      const plain = await server.signUp();
      const request = newInvitationRequest();
      const refused = await callRoute(server, 'createInvitation', { cookie: plain.cookie, body: request });
      expect([refused.status, await codeOf(refused)]).toEqual([404, 'not_found']);
      const owner = await practitioner();
      const made = await callRoute(server, 'createInvitation', { cookie: owner.cookie, body: request });
      expect(made.status).toBe(201);
      expect(await made.json()).toEqual({ expiresAt: now + invitationLifetimeMs });
      const again = await callRoute(server, 'createInvitation', { cookie: owner.cookie, body: request });
      expect([again.status, await codeOf(again)]).toEqual([400, 'bad_request']);

      const read = await callRoute(server, 'readInvitation', {
        cookie: plain.cookie,
        body: { lookup: request.lookup },
      });
      expect(ReadInvitationResponse.parse(await read.json())).toEqual({
        sealedProfile: request.sealedProfile,
        expiresAt: now + invitationLifetimeMs,
      });
      const unknown = await callRoute(server, 'readInvitation', {
        cookie: plain.cookie,
        body: { lookup: randomB64(32) },
      });
      expect([unknown.status, await codeOf(unknown)]).toEqual([404, 'not_found']);
      expect((await callRoute(server, 'readInvitation', { body: { lookup: request.lookup } })).status).toBe(
        401,
      );
    });

    it(`keeps at most ${maxOpenInvitations} open; expired ones no longer count`, async () => {
      const owner = await practitioner();
      for (let i = 1; i < maxOpenInvitations; i += 1) await invite(server, owner);
      const create = () =>
        callRoute(server, 'createInvitation', { cookie: owner.cookie, body: newInvitationRequest() });
      expect((await create()).status).toBe(201);
      const over = await create();
      expect([over.status, await codeOf(over)]).toEqual([400, 'bad_request']);
      now += invitationLifetimeMs;
      expect((await create()).status).toBe(201);
    });

    it('is accepted once: the share is made, and the invitation is gone for everyone', async () => {
      const owner = await practitioner();
      const [client, other] = [await server.signUp(), await server.signUp()];
      const lookup = await invite(server, owner);
      const body = acceptRequest(lookup, client);
      const wrongSecret = await callRoute(server, 'acceptInvitation', {
        cookie: client.cookie,
        body: { ...body, authSecret: randomB64(32) },
      });
      expect(wrongSecret.status).toBe(401);
      const accepted = await callRoute(server, 'acceptInvitation', { cookie: client.cookie, body });
      expect(accepted.status).toBe(201);
      expect(ShareAsClient.parse(await accepted.json())).toEqual({
        shareId: body.shareId,
        practitionerId: owner.session.accountId,
        createdAt: now,
        practitionerSeq: 0,
      });
      const second = await callRoute(server, 'acceptInvitation', {
        cookie: other.cookie,
        body: acceptRequest(lookup, other),
      });
      expect([second.status, await codeOf(second)]).toEqual([404, 'not_found']);
      const read = await callRoute(server, 'readInvitation', { cookie: other.cookie, body: { lookup } });
      expect(read.status).toBe(404);
    });

    it('is refused once expired, by the test clock', async () => {
      const owner = await practitioner();
      const client = await server.signUp();
      const lookup = await invite(server, owner);
      now += invitationLifetimeMs - 1;
      expect(
        (await callRoute(server, 'readInvitation', { cookie: client.cookie, body: { lookup } })).status,
      ).toBe(200);
      now += 1;
      const read = await callRoute(server, 'readInvitation', { cookie: client.cookie, body: { lookup } });
      expect([read.status, await codeOf(read)]).toEqual([404, 'not_found']);
      const accept = await callRoute(server, 'acceptInvitation', {
        cookie: client.cookie,
        body: acceptRequest(lookup, client),
      });
      expect([accept.status, await codeOf(accept)]).toEqual([404, 'not_found']);
    });

    it("refuses one's own invitation, a second share with the same practitioner and a share id in use, and keeps the invitation", async () => {
      const owner = await practitioner();
      const client = await server.signUp();
      const shareId = await connect(server, client, owner);
      const lookup = await invite(server, owner);
      const attempts = [
        { person: owner, body: acceptRequest(lookup, owner) },
        { person: client, body: acceptRequest(lookup, client) },
      ];
      const stranger = await server.signUp();
      attempts.push({ person: stranger, body: acceptRequest(lookup, stranger, shareId) });
      for (const { person, body } of attempts) {
        const response = await callRoute(server, 'acceptInvitation', { cookie: person.cookie, body });
        expect([response.status, await codeOf(response)]).toEqual([400, 'bad_request']);
      }
      const accepted = await callRoute(server, 'acceptInvitation', {
        cookie: stranger.cookie,
        body: acceptRequest(lookup, stranger),
      });
      expect(accepted.status).toBe(201);
    });
    it("never tells whether a stranger's share id exists: accepting with it answers as with any other", async () => {
      const [other, otherClient] = [await practitioner(), await server.signUp()];
      const strangersShare = await connect(server, otherClient, other);
      // One's own invitation: the same refusal, whether the share id is a stranger's or new.
      const owner = await practitioner();
      const own = async (shareId?: string) => {
        const lookup = await invite(server, owner);
        const response = await callRoute(server, 'acceptInvitation', {
          cookie: owner.cookie,
          body: acceptRequest(lookup, owner, shareId),
        });
        const body = (await response.json()) as { error: { code: string; message: string } };
        return [response.status, body.error.code, body.error.message];
      };
      expect(await own(strangersShare)).toEqual(await own());
      // Someone else's invitation with the stranger's id: connected, and the two shares stay apart.
      const client = await server.signUp();
      const body = acceptRequest(await invite(server, owner), client, strangersShare);
      const accepted = await callRoute(server, 'acceptInvitation', { cookie: client.cookie, body });
      expect(accepted.status).toBe(201);
      expect((await listShares(client)).asClient.map((share) => share.practitionerId)).toEqual([
        owner.session.accountId,
      ]);
      expect((await listShares(otherClient)).asClient.map((share) => share.practitionerId)).toEqual([
        other.session.accountId,
      ]);
    });
  });
});
