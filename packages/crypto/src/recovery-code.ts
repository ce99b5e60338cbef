// Crockford base32: no I, L, O or U, so a printed code is hard to misread.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const codeBytes = 32;
const codeLength = Math.ceil((codeBytes * 8) / 5);

export function formatRecoveryCode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += alphabet.charAt((value >> bits) & 31);
    }
  }
  if (bits > 0) out += alphabet.charAt((value << (5 - bits)) & 31);
  return out.match(/.{1,4}/g)?.join('-') ?? out;
}

/** Accepts the code as a person might type it back: any case, spaces or dashes, O for 0, I/L for 1. */
export function normalizeRecoveryCode(text: string): string | null {
  const cleaned = text
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== codeLength || [...cleaned].some((c) => !alphabet.includes(c))) return null;
  return cleaned;
}

export function parseRecoveryCode(text: string): Uint8Array | null {
  const normal = normalizeRecoveryCode(text);
  if (!normal) return null;
  const out = new Uint8Array(codeBytes);
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const c of normal) {
    value = ((value << 5) | alphabet.indexOf(c)) & 0xfff;
    bits += 5;
    if (bits >= 8 && o < codeBytes) {
      bits -= 8;
      out[o] = (value >> bits) & 0xff;
      o += 1;
    }
  }
  return out;
}
