import {
  importShareKey,
  openClientLabel,
  openSharingPrivateKey,
  openShareKey,
  type ShareKey,
} from '@tend/crypto';
import { sameBytes, type SealedShareAsPractitioner } from '@tend/sync';
import type { VaultSession } from '../runtime.ts';
import type { VaultContext } from '../vault-context.ts';

/**
 * The share keys this device holds in memory while unlocked: the practitioner's, opened with the
 * account's sharing private key, and the client's, read from the connection objects. Forgotten on lock.
 */
export function createShareKeys(ctx: VaultContext) {
  let privateKey: { session: VaultSession; key: Promise<CryptoKey> } | null = null;
  const practitionerKeys = new Map<string, { sealed: Uint8Array; key: ShareKey; name: string }>();
  const clientKeys = new Map<string, Promise<ShareKey>>();

  function sharingPrivateKey(): Promise<CryptoKey> {
    const session = ctx.runtime.requireSession();
    if (privateKey?.session !== session) {
      const key = ctx.runtime.header().then((header) => openSharingPrivateKey(session.vaultKey, header.keys));
      privateKey = { session, key };
      key.catch(() => (privateKey = null));
    }
    return privateKey.key;
  }

  return {
    /** Opens a client's share key and name; null when either does not open (never shown half-trusted). */
    async openAsPractitioner(
      share: SealedShareAsPractitioner,
      practitionerId: string,
    ): Promise<{ key: ShareKey; name: string } | null> {
      const held = practitionerKeys.get(share.shareId);
      if (held && sameBytes(held.sealed, share.sealedShareKey)) {
        // A name that does not open leaves the client out of the list (null): never shown half-read.
        const name = await openClientLabel(held.key, share.shareId, share.sealedClientLabel).catch(
          () => null,
        );
        if (name === null) return null;
        practitionerKeys.set(share.shareId, { ...held, name });
        return { key: held.key, name };
      }
      try {
        const ad = { shareId: share.shareId, practitionerId };
        const key = await openShareKey(await sharingPrivateKey(), share.sealedShareKey, ad);
        const name = await openClientLabel(key, share.shareId, share.sealedClientLabel);
        practitionerKeys.set(share.shareId, { sealed: share.sealedShareKey, key, name });
        return { key, name };
      } catch {
        return null;
      }
    },
    practitionerKey: (shareId: string): ShareKey | undefined => practitionerKeys.get(shareId)?.key,
    clientName: (shareId: string): string | undefined => practitionerKeys.get(shareId)?.name,
    dropPractitionerKey: (shareId: string) => void practitionerKeys.delete(shareId),
    /** Forgets the keys of shares the server no longer lists. */
    keepPractitionerKeys(shareIds: ReadonlySet<string>) {
      for (const shareId of practitionerKeys.keys())
        if (!shareIds.has(shareId)) practitionerKeys.delete(shareId);
    },
    /** The client's share key from a connection object (RangeError when it is not a key). */
    clientKey(raw: string): Promise<ShareKey> {
      let key = clientKeys.get(raw);
      if (!key) {
        key = importShareKey(raw);
        key.catch(() => clientKeys.delete(raw));
        clientKeys.set(raw, key);
      }
      return key;
    },
    forget() {
      privateKey = null;
      practitionerKeys.clear();
      clientKeys.clear();
    },
  };
}

export type ShareKeys = ReturnType<typeof createShareKeys>;
