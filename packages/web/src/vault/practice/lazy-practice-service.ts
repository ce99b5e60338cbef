import type { PracticeService, PracticeSnapshot } from '../practice-service.ts';
import type { VaultContext } from '../vault-context.ts';
import type { PracticeServiceRunner } from './create-practice-service.ts';
import type { PracticeVault } from './practice-objects.ts';

const notYet: PracticeSnapshot = {
  status: 'loading',
  isPractitioner: false,
  profile: null,
  connections: [],
  clients: [],
  sharing: { status: 'ok', problem: null },
};
/** The service's code could not be fetched (offline before it was ever cached): shown from the vault. */
const notLoaded: PracticeSnapshot = { ...notYet, status: 'offline' };
const noAccount: PracticeSnapshot = { ...notYet, status: 'unavailable' };

type Method = Exclude<keyof PracticeService, 'snapshot' | 'subscribe'>;

/**
 * The practice service, loaded on first need: when the vault is open with an account (its mirror must
 * follow every change from then on) or when a screen calls it. Its sealing, invitations and planning
 * stay out of the first load, which only a person with no practitioner would otherwise pay for.
 */
export function createLazyPracticeService(ctx: VaultContext, vault: PracticeVault): PracticeServiceRunner {
  const { runtime } = ctx;
  const listeners = new Set<() => void>();
  let loaded: PracticeServiceRunner | null = null;
  let loading: Promise<PracticeServiceRunner> | null = null;
  let hasFailed = false;
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  /** Loads the service once; a failed load is shown in the snapshot and tried again on the next need. */
  function load(): Promise<PracticeServiceRunner> {
    loading ??= import('./create-practice-service.ts').then(
      ({ createPracticeService }) => {
        const service = createPracticeService(ctx, vault);
        service.subscribe(notify);
        loaded = service;
        hasFailed = false;
        notify();
        return service;
      },
      (error: unknown) => {
        loading = null;
        hasFailed = true;
        notify();
        throw error;
      },
    );
    return loading;
  }

  function loadInBackground(): void {
    // Nobody waits on this load: a failure is already in the snapshot (hasFailed), and the next
    // change or screen loads again, so there is nothing more to do with the error here.
    if (!loaded && wanted()) load().catch(() => undefined);
  }

  const wanted = () => runtime.session !== null && runtime.account !== null;
  vault.subscribe(() => {
    if (!loaded && wanted()) loadInBackground();
    else if (!loaded) notify();
  });

  const later =
    <M extends Method>(method: M) =>
    async (...args: Parameters<PracticeService[M]>): Promise<Awaited<ReturnType<PracticeService[M]>>> => {
      const service = await load();
      const run = service[method] as (...a: Parameters<PracticeService[M]>) => ReturnType<PracticeService[M]>;
      return (await run.apply(service, args)) as Awaited<ReturnType<PracticeService[M]>>;
    };

  return {
    snapshot: () => loaded?.snapshot() ?? (!runtime.account ? noAccount : hasFailed ? notLoaded : notYet),
    subscribe(listener) {
      listeners.add(listener);
      loadInBackground();
      return () => void listeners.delete(listener);
    },
    async refresh() {
      // The service's code could not be loaded: the snapshot says so (hasFailed), as refresh promises.
      const service = await load().catch(() => null);
      await service?.refresh();
    },
    openPractice: later('openPractice'),
    updateProfile: later('updateProfile'),
    createInvitation: later('createInvitation'),
    openClient: later('openClient'),
    writeReflection: later('writeReflection'),
    suggestPractice: later('suggestPractice'),
    markTalkedAbout: later('markTalkedAbout'),
    withdraw: later('withdraw'),
    readInvitation: later('readInvitation'),
    acceptInvitation: later('acceptInvitation'),
    renameMe: later('renameMe'),
    share: later('share'),
    unshare: later('unshare'),
    setGoingForward: later('setGoingForward'),
    saveSessionList: later('saveSessionList'),
    conversation: later('conversation'),
    reply: later('reply'),
    sessionMarks: later('sessionMarks'),
    accessLog: later('accessLog'),
    endConnection: later('endConnection'),
    async settle() {
      await (await load()).settle();
    },
  };
}
