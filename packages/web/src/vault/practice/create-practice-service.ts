import type { MirrorOutcome } from '@tend/sync';
import type { VaultContext } from '../vault-context.ts';
import type { PracticeService } from '../practice-service.ts';
import { accessLog } from './client-access-log.ts';
import {
  conversation,
  renameMe,
  reply,
  saveSessionList,
  setGoingForward,
  share,
  unshare,
} from './client-actions.ts';
import { acceptInvitation, readInvitation } from './client-invitation.ts';
import { endConnection } from './end-connection.ts';
import { createMirror, mirrorDelayMs } from './mirror.ts';
import { createPracticeApi } from './practice-api.ts';
import type { PracticeDeps } from './practice-deps.ts';
import type { PracticeVault } from './practice-objects.ts';
import { createPracticeStore } from './practice-store.ts';
import {
  createInvitation,
  openClient,
  openPractice,
  updateProfile,
  withdraw,
  writeAsPractitioner,
} from './practitioner-actions.ts';
import { refreshShares } from './refresh-shares.ts';
import { markTalkedAbout, sessionMarks } from './session-marks.ts';
import { createShareKeys } from './share-keys.ts';

/** The practice service, and for tests a way to wait until background mirroring has finished. */
export interface PracticeServiceRunner extends PracticeService {
  /** Runs a pending mirror now and resolves once nothing is pending or running. */
  settle(): Promise<void>;
}

const nothingDone: MirrorOutcome = { sent: 0, ended: [], problems: [] };

/**
 * The practitioner space behind the PracticeService door. The client's side lives in the vault and
 * is mirrored to each share shortly after the vault changes; the mirror runs one at a time. Each run's
 * outcome goes to the snapshot's sharing state, which the screens show the way they show sync; what
 * did not get through is tried again on the next change, the network's return or a refresh.
 */
export function createPracticeService(ctx: VaultContext, vault: PracticeVault): PracticeServiceRunner {
  const { runtime } = ctx;
  const store = createPracticeStore(ctx, vault);
  const keys = createShareKeys(ctx);
  let timer: unknown = null;
  let tail: Promise<MirrorOutcome> = Promise.resolve(nothingDone);

  // A vault still opening lists nothing yet: the mirror waits for all of it rather than read that as
  // nothing shared.
  const isOpen = () =>
    runtime.account !== null && runtime.session !== null && !runtime.session.view.isOpening();

  const deps: PracticeDeps = {
    ctx,
    vault,
    api: createPracticeApi(runtime.http),
    store,
    keys,
    refresh: () => refresh(),
    mirrorNow: (connectionId) => mirrorNow(connectionId),
  };
  const mirror = createMirror(deps);

  /** Never rejects: the mirror answers with its outcome, and the store keeps it for the screens. */
  function mirrorNow(connectionId?: string): Promise<MirrorOutcome> {
    if (!connectionId && timer !== null) {
      runtime.timers.clearTimeout(timer);
      timer = null;
    }
    const run = tail.then(async () => {
      if (!isOpen()) return nothingDone;
      const outcome = await mirror.run(connectionId);
      store.mirrored(outcome, connectionId);
      return outcome;
    });
    tail = run;
    return run;
  }

  function schedule(): void {
    if (timer !== null) runtime.timers.clearTimeout(timer);
    timer = runtime.timers.setTimeout(() => {
      timer = null;
      void mirrorNow();
    }, mirrorDelayMs);
  }

  /** Never rejects: what stopped it is in the snapshot, as the server's silence is. */
  async function refresh(): Promise<void> {
    try {
      await refreshShares(deps);
    } catch (error) {
      store.unreachable(error);
      return;
    }
    mirror.forget();
    await mirrorNow();
  }

  let seen = { session: runtime.session, account: runtime.account };
  vault.subscribe(() => {
    // The same account read again (a new object with the same id) is no change.
    if (runtime.session !== seen.session || runtime.account?.accountId !== seen.account?.accountId) {
      // Locked, unlocked or signed out: nothing held in memory carries over.
      seen = { session: runtime.session, account: runtime.account };
      keys.forget();
      mirror.forget();
      store.forget();
    }
    store.update();
    if (isOpen()) schedule();
  });
  runtime.online(() => {
    if (isOpen()) void refresh();
  });

  return {
    snapshot: () => store.snapshot(),
    subscribe: (listener) => store.subscribe(listener),
    refresh,

    openPractice: (passphrase, profile) => openPractice(deps, passphrase, profile),
    updateProfile: (profile) => updateProfile(deps, profile),
    createInvitation: () => createInvitation(deps),
    openClient: (shareId) => openClient(deps, shareId),
    writeReflection: (shareId, onItemId, text) =>
      writeAsPractitioner(deps, shareId, {
        type: 'reflection',
        onItemId,
        text,
        writtenAt: runtime.clock.now(),
      }),
    suggestPractice: (shareId, { practice, note, onItemId }) =>
      writeAsPractitioner(deps, shareId, {
        type: 'suggestion',
        practice,
        note,
        onItemId,
        writtenAt: runtime.clock.now(),
      }),
    markTalkedAbout: (shareId, entry) => markTalkedAbout(deps, shareId, entry),
    withdraw: (shareId, recordId) => withdraw(deps, shareId, recordId),

    readInvitation: (code) => readInvitation(deps, code),
    acceptInvitation: (code, myName, passphrase) => acceptInvitation(deps, code, myName, passphrase),
    renameMe: (connectionId, myName) => renameMe(deps, connectionId, myName),
    share: (connectionId, objectId, mode) => share(deps, connectionId, objectId, mode),
    unshare: (sharedItemId) => unshare(deps, sharedItemId),
    setGoingForward: (connectionId, kind, on) => setGoingForward(deps, connectionId, kind, on),
    saveSessionList: (connectionId, list) => saveSessionList(deps, connectionId, list),
    async conversation(connectionId) {
      const notes = await conversation(deps, connectionId);
      // What the practitioner wrote was just read afresh: the next mirror plans against it.
      mirror.forget();
      return notes;
    },
    reply: (connectionId, toId, text, decision) => reply(deps, connectionId, toId, text, decision),
    sessionMarks: (connectionId) => sessionMarks(deps, connectionId),
    accessLog: (connectionId) => accessLog(deps, connectionId),
    endConnection: (id) => endConnection(deps, id),

    async settle() {
      for (;;) {
        if (timer !== null) void mirrorNow();
        const current = tail;
        await current;
        if (timer === null && tail === current) return;
      }
    },
  };
}
