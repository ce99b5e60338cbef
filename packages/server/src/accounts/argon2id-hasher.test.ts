import { describe, expect, it } from 'vitest';
import { createArgon2idHasher, owaspArgon2idRows, serverArgon2id } from './argon2id-hasher.ts';

const secret = new Uint8Array(32).fill(7);

describe('Argon2id hasher', () => {
  const hasher = createArgon2idHasher();

  it("uses parameters at or above one of OWASP's Argon2id configurations", () => {
    expect(owaspArgon2idRows).toContainEqual({ memoryKiB: 19_456, passes: 2, parallelism: 1 });
    const meets = owaspArgon2idRows.some(
      (row) =>
        serverArgon2id.memoryKiB >= row.memoryKiB &&
        serverArgon2id.passes >= row.passes &&
        serverArgon2id.parallelism >= row.parallelism,
    );
    expect(meets).toBe(true);
  });

  it('stores a PHC string with a fresh salt and checks only the right secret', async () => {
    const phc = await hasher.hash(secret);
    expect(phc).toMatch(/^\$argon2id\$v=19\$m=47104,t=1,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await hasher.hash(secret)).not.toBe(phc);
    expect(await hasher.verify(phc, secret)).toBe(true);
    expect(await hasher.verify(phc, new Uint8Array(32).fill(8))).toBe(false);
  });

  it('checks a hash made with other parameters by the parameters stored in it', async () => {
    const other = createArgon2idHasher({ memoryKiB: 19_456, passes: 2, parallelism: 1 });
    const phc = await other.hash(secret);
    expect(await hasher.verify(phc, secret)).toBe(true);
  });

  it('runs many hashes at once without losing any', async () => {
    const phcs = await Promise.all(Array.from({ length: 6 }, () => hasher.hash(secret)));
    expect(await Promise.all(phcs.map((phc) => hasher.verify(phc, secret)))).toEqual(Array(6).fill(true));
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    for (const phc of [
      '',
      'plain',
      '$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA',
    ]) {
      expect(await hasher.verify(phc, secret)).toBe(false);
    }
  });
});
