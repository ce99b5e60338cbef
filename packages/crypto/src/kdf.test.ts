import { describe, expect, it } from 'vitest';
import { argon2InPlace, type Argon2Input } from './kdf.ts';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Known answers, each agreed on by three independent Argon2id builds (hash-wasm, libsodium and
 * OpenPGP.js's) when they were compared for speed: whatever builds Argon2id here must give these bytes,
 * or every vault made before would stop opening.
 */
describe('Argon2id', () => {
  it('gives the known bytes for a non-ASCII passphrase (hashed as UTF-8) at a small cost', async () => {
    const input: Argon2Input = {
      password: 'Grüße, café — ÆØÅ 🌱'.normalize('NFKC'),
      salt: Uint8Array.from({ length: 16 }, (_, i) => i * 13),
      memoryKiB: 256,
      iterations: 1,
      parallelism: 1,
    };
    expect(hex(await argon2InPlace(input))).toBe(
      '3ec20d85eedf9e77667913a90aeccb86bd800ec3b5447d12c152554ffc54200e',
    );
  });

  it('gives the known bytes for a salt longer than the 16 bytes Tend makes', async () => {
    const input: Argon2Input = {
      password: 'longer salt',
      salt: Uint8Array.from({ length: 24 }, (_, i) => 255 - i),
      memoryKiB: 256,
      iterations: 1,
      parallelism: 1,
    };
    expect(hex(await argon2InPlace(input))).toBe(
      '16f3a8f1daec09d5a9ceaa847866ae47c49ef95e0a44cde95247ab584cd2a972',
    );
  });
});
