import { selfTalkWordsOf, type VaultObject } from '@tend/core';
import { useMemo, type ReactNode } from 'react';
import { AppProvider, useApp } from '../state/app-provider.tsx';
import { useNoticing } from './noticing-provider.tsx';

/**
 * While gentle noticing is on, every piece of writing is saved with the kinds of self-talk noticed in
 * it, so Looking back can give them back (core's self-talk.ts): the vault the screens below see does
 * this on saving, and no screen needs to know. Off, records are saved exactly as they are.
 */
export function NoticedSaving({ children }: { children: ReactNode }) {
  const app = useApp();
  const { isGentleOn } = useNoticing();
  const value = useMemo(() => {
    if (!isGentleOn) return app;
    const { vault, ports } = app;
    const withSelfTalk = async (object: VaultObject): Promise<VaultObject> => {
      if (!selfTalkWordsOf(object)) return object;
      const engine = await import('./notice-engine.ts');
      return engine.withNoticedSelfTalk(object, ports.clock.now());
    };
    const save = async (object: VaultObject) => vault.save(await withSelfTalk(object));
    // Everything else reads through to the vault itself, its getters only when asked.
    const noticing = new Proxy(vault, {
      get: (target, key, receiver): unknown => (key === 'save' ? save : Reflect.get(target, key, receiver)),
    });
    return { ...app, vault: noticing };
  }, [app, isGentleOn]);
  return <AppProvider value={value}>{children}</AppProvider>;
}
