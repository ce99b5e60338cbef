import { apiRoutes } from '@tend/contract';
import type { Hono } from 'hono';
import type { AppContext } from '../context.ts';
import type { AppEnv } from '../http/app-env.ts';
import { respond, respondEmpty } from '../http/json-response.ts';
import { answerPage } from '../http/json-stream.ts';
import { readRequest, readRouteQuery } from '../http/read-json.ts';
import { requireSession } from '../http/require-session.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { createInvitation } from './create-invitation.ts';
import { endShare } from './end-share.ts';
import { fetchShareRecords } from './fetch-share-records.ts';
import { listShares } from './list-shares.ts';
import { openPractice } from './open-practice.ts';
import { acceptanceFromWire, invitationFromWire, lookupFromWire, relabelFromWire } from './practice-wire.ts';
import { presentInvitation } from './present-practice.ts';
import { readAccessLog } from './read-access-log.ts';
import { readInvitation } from './read-invitation.ts';
import { relabelShare } from './relabel-share.ts';
import { writeShared } from './write-shared.ts';

/**
 * The practitioner space: practices, invitations, shares, shared records and the access log. The
 * session is checked before any body is read.
 */
export function registerPracticeRoutes(app: Hono<AppEnv>, ctx: AppContext): void {
  const r = apiRoutes;

  app.on(r.openPractice.method, r.openPractice.path, async (c) => {
    const session = await requireSession(c, ctx);
    const { authSecret } = await readRequest(c, 'openPractice');
    await openPractice(ctx, session.accountId, authSecret);
    return respondEmpty(c, 'openPractice');
  });

  app.on(r.createInvitation.method, r.createInvitation.path, async (c) => {
    const session = await requireSession(c, ctx);
    const request = invitationFromWire(await readRequest(c, 'createInvitation'));
    return respond(c, 'createInvitation', await createInvitation(ctx, session.accountId, request));
  });

  app.on(r.readInvitation.method, r.readInvitation.path, async (c) => {
    await requireSession(c, ctx);
    const lookup = lookupFromWire(await readRequest(c, 'readInvitation'));
    return respond(c, 'readInvitation', presentInvitation(await readInvitation(ctx, lookup)));
  });

  app.on(r.acceptInvitation.method, r.acceptInvitation.path, async (c) => {
    const session = await requireSession(c, ctx);
    const request = acceptanceFromWire(await readRequest(c, 'acceptInvitation'));
    return respond(c, 'acceptInvitation', await acceptInvitation(ctx, session.accountId, request));
  });

  app.on(r.shares.method, r.shares.path, async (c) => {
    const session = await requireSession(c, ctx);
    return respond(c, 'shares', await listShares(ctx, session.accountId));
  });

  app.on(r.relabelShare.method, r.relabelShare.path, async (c) => {
    const session = await requireSession(c, ctx);
    const request = relabelFromWire(await readRequest(c, 'relabelShare'));
    await relabelShare(ctx, session.accountId, request);
    return respondEmpty(c, 'relabelShare');
  });

  app.on(r.endShare.method, r.endShare.path, async (c) => {
    const session = await requireSession(c, ctx);
    const { shareId } = await readRequest(c, 'endShare');
    await endShare(ctx, session.accountId, shareId);
    return respondEmpty(c, 'endShare');
  });

  app.on(r.shareRecords.method, r.shareRecords.path, async (c) => {
    const { shareId, after } = readRouteQuery(c, 'shareRecords');
    const session = await requireSession(c, ctx);
    // A HEAD reads nothing, so it is not an access to log.
    if (c.req.method === 'HEAD') return c.body(null, 200);
    // The turn is held until the page has been written out, not just until it starts.
    const giveBack = await ctx.gate.take(session.accountId);
    try {
      const page = await fetchShareRecords(ctx, session.accountId, shareId, after);
      const { cursor, hasMore } = page;
      return await answerPage(c, 'shareRecords', 'records', page, { cursor, hasMore }, giveBack);
    } catch (error) {
      giveBack();
      throw error;
    }
  });

  app.on(r.writeShared.method, r.writeShared.path, async (c) => {
    const session = await requireSession(c, ctx);
    return ctx.gate.run(session.accountId, async () => {
      const request = await readRequest(c, 'writeShared');
      return respond(c, 'writeShared', { results: await writeShared(ctx, session.accountId, request) });
    });
  });

  app.on(r.accessLog.method, r.accessLog.path, async (c) => {
    const { after } = readRouteQuery(c, 'accessLog');
    const session = await requireSession(c, ctx);
    return ctx.gate.run(session.accountId, async () =>
      respond(c, 'accessLog', await readAccessLog(ctx, session.accountId, after)),
    );
  });
}
