import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';

/** Hashes and checks the clients' auth secrets. A port, so tests can count how often it runs. */
export interface SecretHasher {
  hash(secret: Uint8Array): Promise<string>;
  verify(phc: string, secret: Uint8Array): Promise<boolean>;
}

export interface Argon2idParams {
  readonly memoryKiB: number;
  readonly passes: number;
  readonly parallelism: number;
}

/**
 * OWASP's Argon2id configurations, all of equal strength (memory traded for passes), p=1. The
 * server uses the 46 MiB / t=1 row, for memory's sake: glibc returns a freed block above 32 MiB to
 * the system at once, while smaller ones stay in the arena of whichever libuv thread hashed (the
 * 19 MiB row left ~135 MB resident after a burst of sign-ins; this row leaves none). The secret
 * hashed is itself Argon2id output at 64 MiB from the client (256 bits): this is defence in depth.
 */
export const owaspArgon2idRows: readonly Argon2idParams[] = [
  { memoryKiB: 47_104, passes: 1, parallelism: 1 },
  { memoryKiB: 19_456, passes: 2, parallelism: 1 },
  { memoryKiB: 12_288, passes: 3, parallelism: 1 },
  { memoryKiB: 9_216, passes: 4, parallelism: 1 },
  { memoryKiB: 7_168, passes: 5, parallelism: 1 },
];

export const serverArgon2id: Argon2idParams = { memoryKiB: 47_104, passes: 1, parallelism: 1 };

const saltBytes = 16;
const tagBytes = 32;
/** Hashes at once at most; more wait their turn (bounds memory, 46 MiB each, and CPU under a login burst). */
const concurrentHashes = 2;
const phcPattern =
  /^\$argon2id\$v=19\$m=(\d{1,7}),t=(\d{1,3}),p=(\d{1,2})\$([A-Za-z0-9+/]{16,})\$([A-Za-z0-9+/]{16,})$/;

function derive(
  secret: Uint8Array,
  salt: Uint8Array,
  params: Argon2idParams,
  length: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    argon2(
      'argon2id',
      {
        message: secret,
        nonce: salt,
        memory: params.memoryKiB,
        passes: params.passes,
        parallelism: params.parallelism,
        tagLength: length,
      },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** Runs at most `limit` tasks at once, the rest in arrival order. */
function limiter(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/=+$/, '');

/** Argon2id through Node's built-in `crypto.argon2`, stored as a PHC string. */
export function createArgon2idHasher(params: Argon2idParams = serverArgon2id): SecretHasher {
  const limit = limiter(concurrentHashes);
  return {
    async hash(secret) {
      const salt = randomBytes(saltBytes);
      const tag = await limit(() => derive(secret, salt, params, tagBytes));
      return `$argon2id$v=19$m=${params.memoryKiB},t=${params.passes},p=${params.parallelism}$${b64(salt)}$${b64(tag)}`;
    },
    async verify(phc, secret) {
      const match = phcPattern.exec(phc);
      if (!match) return false;
      const [, m, t, p, salt, tag] = match;
      const expected = Buffer.from(tag ?? '', 'base64');
      const stored = { memoryKiB: Number(m), passes: Number(t), parallelism: Number(p) };
      const actual = await limit(() =>
        derive(secret, Buffer.from(salt ?? '', 'base64'), stored, expected.length),
      );
      return timingSafeEqual(actual, expected);
    },
  };
}
