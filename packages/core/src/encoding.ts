/** Base64url without padding: the one encoding for bytes in JSON, on the wire and in exports. */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// A table by character code: decoding 30,000 records on unlock must not pay a Map lookup per character.
const lookup = new Uint8Array(128);
for (let i = 0; i < alphabet.length; i += 1) lookup[alphabet.charCodeAt(i)] = i;

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out +=
      alphabet.charAt((n >> 18) & 63) +
      alphabet.charAt((n >> 12) & 63) +
      alphabet.charAt((n >> 6) & 63) +
      alphabet.charAt(n & 63);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] ?? 0) << 16;
    out += alphabet.charAt((n >> 18) & 63) + alphabet.charAt((n >> 12) & 63);
  } else if (rest === 2) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += alphabet.charAt((n >> 18) & 63) + alphabet.charAt((n >> 12) & 63) + alphabet.charAt((n >> 6) & 63);
  }
  return out;
}

export const base64UrlPattern = /^[A-Za-z0-9_-]*$/;

/** The platform's decoder where it has one (Chromium 140+; `types/encoding.d.ts` declares it optional). */
const nativeFromBase64 = Uint8Array.fromBase64;

export function fromBase64Url(text: string): Uint8Array {
  if (!base64UrlPattern.test(text) || text.length % 4 === 1) throw new TypeError('not base64url');
  if (nativeFromBase64) return nativeFromBase64(text, { alphabet: 'base64url', lastChunkHandling: 'loose' });
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < text.length; i += 1) {
    value = ((value << 6) | (lookup[text.charCodeAt(i)] ?? 0)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o] = (value >> bits) & 0xff;
      o += 1;
    }
  }
  return out;
}

export const utf8 = {
  encode: (text: string): Uint8Array => new TextEncoder().encode(text),
  decode: (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: true }).decode(bytes),
};
