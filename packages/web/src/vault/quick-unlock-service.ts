import { createPasskeys } from './passkeys.ts';
import { keepRecoveryCode, makeNewRecoveryCode, pendingRecoveryCode } from './recovery-codes.ts';
import type { VaultContext } from './vault-context.ts';
import { unlockWith } from './vault-actions.ts';
import { vaultMeta } from './vault-meta.ts';
import type { QuickUnlock, RecoveryCodes } from './vault-service.ts';

/** Both read what they show while locked from IndexedDB in `load`, which status() calls. */
export function createQuickUnlock(ctx: VaultContext): QuickUnlock & { load(): Promise<void> } {
  const { runtime } = ctx;
  const passkeys = createPasskeys(runtime);
  return {
    load: () => passkeys.load(),
    async resume() {
      if (runtime.session) return true;
      const vaultKey = await ctx.remembered.open();
      if (!vaultKey) return false;
      await unlockWith(ctx, async () => vaultKey);
      return true;
    },
    stillHere: () => ctx.remembered.stillHere(),
    passkeySupport: () => runtime.authenticator.support(),
    passkeys: () => passkeys.list(),
    addPasskey: (passphrase) => passkeys.add(passphrase),
    removePasskey: (credentialId) => passkeys.remove(credentialId),
    unlockWithPasskey: () => unlockWith(ctx, () => passkeys.open()),
  };
}

export function createRecoveryCodes(ctx: VaultContext): RecoveryCodes & { load(): Promise<void> } {
  let isPending = false;
  const load = async () => {
    isPending = Boolean((await vaultMeta.header(await ctx.runtime.db()))?.sealedPendingRecoveryCode);
  };
  return {
    load,
    isPending: () => isPending,
    pending: () => pendingRecoveryCode(ctx),
    async kept() {
      await keepRecoveryCode(ctx);
      await load();
    },
    async makeNew(passphrase) {
      const code = await makeNewRecoveryCode(ctx, passphrase);
      await load();
      return code;
    },
  };
}
