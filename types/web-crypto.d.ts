/**
 * The part of the Web Crypto API and of the web platform that @tend/crypto and @tend/sync use. Both
 * run in browsers and on Node 24, which provide all of it; neither may reach for the DOM or Node's
 * own modules, so they take this instead of lib.dom or @types/node (see docs/ARCHITECTURE.md, "Types
 * per room"). A call that is not declared here is one these packages have not needed yet: add it
 * with the signature the Web Crypto specification gives.
 */
type BufferSource = ArrayBufferView<ArrayBuffer> | ArrayBuffer;
type KeyUsage = 'encrypt' | 'decrypt' | 'deriveKey' | 'deriveBits';

interface CryptoKey {
  readonly algorithm: { readonly name: string };
  readonly extractable: boolean;
  readonly type: 'secret' | 'public' | 'private';
  readonly usages: readonly KeyUsage[];
}

interface CryptoKeyPair {
  readonly publicKey: CryptoKey;
  readonly privateKey: CryptoKey;
}

interface AesGcmParams {
  readonly name: 'AES-GCM';
  readonly iv: BufferSource;
  readonly additionalData?: BufferSource;
  readonly tagLength?: number;
}

interface HkdfParams {
  readonly name: 'HKDF';
  readonly hash: 'SHA-256';
  readonly salt: BufferSource;
  readonly info: BufferSource;
}

interface EcdhKeyDeriveParams {
  readonly name: 'X25519';
  readonly public: CryptoKey;
}

type ImportAlgorithm = 'HKDF' | { readonly name: 'AES-GCM' | 'HKDF' | 'X25519' };
type AesKeyAlgorithm = { readonly name: 'AES-GCM'; readonly length: 128 | 256 };

interface SubtleCrypto {
  encrypt(algorithm: AesGcmParams, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>;
  decrypt(algorithm: AesGcmParams, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>;
  digest(algorithm: 'SHA-256', data: BufferSource): Promise<ArrayBuffer>;
  importKey(
    format: 'raw' | 'pkcs8' | 'spki',
    keyData: BufferSource,
    algorithm: ImportAlgorithm,
    extractable: boolean,
    keyUsages: readonly KeyUsage[],
  ): Promise<CryptoKey>;
  exportKey(format: 'raw' | 'pkcs8' | 'spki', key: CryptoKey): Promise<ArrayBuffer>;
  generateKey(
    algorithm: { readonly name: 'X25519' },
    extractable: boolean,
    keyUsages: readonly KeyUsage[],
  ): Promise<CryptoKeyPair>;
  generateKey(
    algorithm: AesKeyAlgorithm,
    extractable: boolean,
    keyUsages: readonly KeyUsage[],
  ): Promise<CryptoKey>;
  deriveKey(
    algorithm: HkdfParams | EcdhKeyDeriveParams,
    baseKey: CryptoKey,
    derivedKeyType: AesKeyAlgorithm,
    extractable: boolean,
    keyUsages: readonly KeyUsage[],
  ): Promise<CryptoKey>;
  deriveBits(
    algorithm: HkdfParams | EcdhKeyDeriveParams,
    baseKey: CryptoKey,
    length: number,
  ): Promise<ArrayBuffer>;
}

interface Crypto {
  readonly subtle: SubtleCrypto;
  getRandomValues<T extends Uint8Array | Uint16Array | Uint32Array>(array: T): T;
  randomUUID(): `${string}-${string}-${string}-${string}-${string}`;
}

declare var crypto: Crypto; // eslint-disable-line no-var -- only a var makes globalThis.crypto resolve
/** The class, for telling a stored key from anything else read back from IndexedDB. */
declare var CryptoKey: { readonly prototype: CryptoKey; new (): CryptoKey } | undefined; // eslint-disable-line no-var -- as above

/** The HTML structured clone: a deep copy, as IndexedDB and postMessage make. */
declare function structuredClone<T>(value: T): T;
