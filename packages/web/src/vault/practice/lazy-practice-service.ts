import type { PracticeService, PracticeSnapshot } from '../practice-service.ts';
import type { VaultContext } from '../runtime.ts';
import type { PracticeServiceRunner } from './create-practice-service.ts';
import type { PracticeVault } from './practice-objects.ts';

const notYet: PracticeSnapshot = {
  status: 'loading',
  isPractitioner: false,
  profile: null,
  connections: [],
  clients: [],
};
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

  function load(): Promise<PracticeServiceRunner> {
    loading ??= import('./create-practice-service.ts').then(({ createPracticeService }) => {
      const service = createPracticeService(ctx, vault);
      service.subscribe(() => {
        for (const listener of [...listeners]) listener();
      });
      loaded = service;
      for (const listener of [...listeners]) listener();
      return service;
    });
    return loading;
  }

  const wanted = () => runtime.session !== null && runtime.account !== null;
  vault.subscribe(() => {
    if (!loaded && wanted()) load().catch(() => undefined);
    else if (!loaded) for (const listener of [...listeners]) listener();
  });

  const later =
    <M extends Method>(method: M) =>
    async (...args: Parameters<PracticeService[M]>): Promise<Awaited<ReturnType<PracticeService[M]>>> => {
      const service = await load();
      const run = service[method] as (...a: Parameters<PracticeService[M]>) => ReturnType<PracticeService[M]>;
      return (await run.apply(service, args)) as Awaited<ReturnType<PracticeService[M]>>;
    };

  return {
    snapshot: () => loaded?.snapshot() ?? (runtime.account ? notYet : noAccount),
    subscribe(listener) {
      listeners.add(listener);
      if (!loaded && wanted()) load().catch(() => undefined);
      return () => void listeners.delete(listener);
    },
    refresh: later('refresh'),
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
