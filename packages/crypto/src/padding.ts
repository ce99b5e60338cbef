import { utf8 } from '@tend/core';

/**
 * Every sealed plaintext is padded with spaces, which JSON ignores, so one reader opens padded and
 * unpadded text alike: a record sealed before padding existed opens unchanged, and nothing in the
 * sealed bytes has to say whether it is padded.
 *
 * The padded length is Padmé (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and
 * Communication with PURBs", 2019): at most about 12 % more, and a length of L bytes is rounded so
 * that only O(log log L) bits of it remain. It is then raised to a floor and to whole 256-byte blocks.
 */
const block = 256;

/**
 * The floor for anything a person writes (vault records, shared records, the locked inbox). Most
 * records are small kindness moments (about 230 bytes of JSON) and the rest are mostly under 1 KiB,
 * so below this floor a size alone would say "kindness moment" almost every time. Measured in
 * padding.test.ts over a generated ten-year vault.
 */
export const writingFloor = 1024;

/** Padmé: keeps the top bits of L, zeroes the rest, rounding up. */
export function padme(length: number): number {
  if (length < 2) return length;
  const exponent = Math.floor(Math.log2(length));
  const lengthBits = Math.floor(Math.log2(exponent)) + 1;
  const step = 2 ** (exponent - lengthBits);
  return Math.ceil(length / step) * step;
}

/** The length a plaintext of `length` bytes is padded to: Padmé, at least `floor`, in whole blocks. */
export function paddedLength(length: number, floor = block): number {
  const bucket = Math.max(floor, padme(length));
  return Math.ceil(bucket / block) * block;
}

/** JSON text padded with trailing spaces to `paddedLength`. */
export function padded(json: string, floor = block): Uint8Array {
  const bytes = utf8.encode(json);
  const out = new Uint8Array(paddedLength(bytes.length, floor)).fill(0x20);
  out.set(bytes, 0);
  return out;
}
