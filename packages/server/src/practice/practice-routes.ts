import {
  AcceptInvitationRequest,
  AccessLogQuery,
  CreateInvitationRequest,
  EndShareRequest,
  OpenPracticeRequest,
  ReadInvitationRequest,
  RelabelShareRequest,
  ShareRecordsQuery,
  WriteSharedRequest,
  apiRoutes,
} from '@tend/contract';
import type { Hono } from 'hono';
import type { AppContext } from '../context.ts';
import type { AppEnv } from '../http/app-env.ts';
import { sendJson } from '../http/json-response.ts';
import { streamJson } from '../http/json-stream.ts';
import { readJson, readQuery } from '../http/read-json.ts';
import { requireSession } from '../http/require-session.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { createInvitation } from './create-invitation.ts';
import { endShare } from './end-share.ts';
import { fetchShareRecords } from './fetch-share-records.ts';
import { listShares } from './list-shares.ts';
import { openPractice } from './open-practice.ts';
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
    const { authSecret } = await readJson(c, OpenPracticeRequest, r.openPractice.maxBody);
    await openPractice(ctx, session.accountId, authSecret);
    return c.body(null, 204);
  });

  app.on(r.createInvitation.method, r.createInvitation.path, async (c) => {
    const session = await requireSession(c, ctx);
    const request = await readJson(c, CreateInvitationRequest, r.createInvitation.maxBody);
    return sendJson(c, 201, await createInvitation(ctx, session.accountId, request));
  });

  app.on(r.readInvitation.method, r.readInvitation.path, async (c) => {
    await requireSession(c, ctx);
    const { lookup } = await readJson(c, ReadInvitationRequest, r.readInvitation.maxBody);
    return sendJson(c, 200, await readInvitation(ctx, lookup));
  });

  app.on(r.acceptInvitation.method, r.acceptInvitation.path, async (c) => {
    const session = await requireSession(c, ctx);
    const request = await readJson(c, AcceptInvitationRequest, r.acceptInvitation.maxBody);
    return sendJson(c, 201, await acceptInvitation(ctx, session.accountId, request));
  });

  app.on(r.shares.method, r.shares.path, async (c) => {
    const session = await requireSession(c, ctx);
    return sendJson(c, 200, await listShares(ctx, session.accountId));
  });

  app.on(r.relabelShare.method, r.relabelShare.path, async (c) => {
    const session = await requireSession(c, ctx);
    const request = await readJson(c, RelabelShareRequest, r.relabelShare.maxBody);
    await relabelShare(ctx, session.accountId, request);
    return c.body(null, 204);
  });

  app.on(r.endShare.method, r.endShare.path, async (c) => {
    const session = await requireSession(c, ctx);
    const { shareId } = await readJson(c, EndShareRequest, r.endShare.maxBody);
    await endShare(ctx, session.accountId, shareId);
    return c.body(null, 204);
  });

  app.on(r.shareRecords.method, r.shareRecords.path, async (c) => {
    const { shareId, after } = readQuery(c, ShareRecordsQuery);
    const session = await requireSession(c, ctx);
    // A HEAD reads nothing, so it is not an access to log.
    if (c.req.method === 'HEAD') return c.body(null, 200);
    // The turn is held until the page has been written out, not just until it starts.
    const giveBack = await ctx.gate.take(session.accountId);
    try {
      const page = await fetchShareRecords(ctx, session.accountId, shareId, after);
      const { cursor, hasMore } = page;
      return streamJson(c, 'records', page.records, { cursor, hasMore }, giveBack);
    } catch (error) {
      giveBack();
      throw error;
    }
  });

  app.on(r.writeShared.method, r.writeShared.path, async (c) => {
    const session = await requireSession(c, ctx);
    return ctx.gate.run(session.accountId, async () => {
      const request = await readJson(c, WriteSharedRequest, r.writeShared.maxBody);
      return sendJson(c, 200, { results: await writeShared(ctx, session.accountId, request) });
    });
  });

  app.on(r.accessLog.method, r.accessLog.path, async (c) => {
    const { after } = readQuery(c, AccessLogQuery);
    const session = await requireSession(c, ctx);
    return ctx.gate.run(session.accountId, async () =>
      sendJson(c, 200, await readAccessLog(ctx, session.accountId, after)),
    );
  });
}
