import type { ShareLanguage } from '@tend/core';
import type { MirrorOutcome } from '@tend/sync';
import { VaultStateError } from '../errors.ts';
import { offlineCode } from '../http-client.ts';
import type { VaultContext } from '../vault-context.ts';
import { ServiceError, type AccountInfo } from '../vault-service.ts';
import type { PracticeApi } from './practice-api.ts';
import type { PracticeVault } from './practice-objects.ts';
import type { PracticeStore } from './practice-store.ts';
import type { ShareKeys } from './share-keys.ts';

/** What every use case of the practice service receives. */
export interface PracticeDeps {
  readonly ctx: VaultContext;
  readonly vault: PracticeVault;
  readonly api: PracticeApi;
  readonly store: PracticeStore;
  readonly keys: ShareKeys;
  /** Asks the server for the shares again (and mirrors the client's side after). */
  readonly refresh: () => Promise<void>;
  /** Mirrors the client's side now; resolves when done with what it did and could not do, never rejects. */
  readonly mirrorNow: (connectionId?: string) => Promise<MirrorOutcome>;
}

export const now = (deps: PracticeDeps): number => deps.ctx.runtime.clock.now();

export const newId = (deps: PracticeDeps): string => deps.ctx.runtime.newVaultId();

/** The writer's language now, for what is shared; nothing when the app gave none (English then). */
export const shareLanguageOf = async (deps: PracticeDeps): Promise<{ language?: ShareLanguage }> => {
  const language = await deps.ctx.runtime.shareLanguage?.();
  return language ? { language } : {};
};

/** The practitioner space lives on the server: it needs an account and an unlocked vault. */
export function requireAccount(deps: PracticeDeps): AccountInfo {
  deps.ctx.runtime.requireSession();
  const account = deps.ctx.runtime.account;
  if (!account) throw new VaultStateError('no-account');
  return account;
}

export const hasCode = (error: unknown, code: string): error is ServiceError =>
  error instanceof ServiceError && error.code === code;

export const isOffline = (error: unknown): boolean => hasCode(error, offlineCode);
