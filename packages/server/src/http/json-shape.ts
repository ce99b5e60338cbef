/** How much structure a request body may have before it is parsed. */
export interface JsonShapeLimits {
  /** Arrays and objects inside each other. */
  readonly maxDepth: number;
  /** Values and keys, counted by the brackets and commas that separate them. */
  readonly maxItems: number;
}

export type JsonShapeVerdict =
  | { readonly ok: true; readonly scanned: number }
  | { readonly ok: false; readonly reason: 'too-deep' | 'too-many-items'; readonly scanned: number };

const quote = 0x22;
const backslash = 0x5c;
const opens = new Set([0x5b, 0x7b]); // [ {
const closes = new Set([0x5d, 0x7d]); // ] }
const comma = 0x2c;

/**
 * Where the string that starts at `from` ends (its closing quote, or the end of the body). Long
 * strings (ciphertext) are crossed with native searches rather than byte by byte; each escape moves
 * the search on, and the closing quote is searched again only when an escape took it, so the work
 * stays linear however the string is made.
 */
function endOfString(bytes: Uint8Array, from: number): number {
  let i = from;
  let close = bytes.indexOf(quote, i);
  for (;;) {
    if (close < 0) return bytes.length;
    const offset = bytes.subarray(i, close).indexOf(backslash);
    if (offset < 0) return close;
    // Past the backslash and the character it escapes, which may have been the quote found.
    i += offset + 2;
    if (i > close) close = bytes.indexOf(quote, i);
  }
}

/**
 * One pass over the raw bytes, before JSON.parse sees them: counts nesting and items outside strings
 * and stops at the first byte over a limit, so a hostile body (a megabyte of `[`, a million commas)
 * costs time in proportion to its length, at most, and is refused long before a parser could stall
 * the event loop. Every byte of a multi-byte UTF-8 character is >= 0x80, so none is mistaken for
 * structure. It does not check that the JSON is valid: JSON.parse does that next.
 */
export function scanJsonShape(bytes: Uint8Array, limits: JsonShapeLimits): JsonShapeVerdict {
  let depth = 0;
  let items = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] ?? 0;
    if (byte === quote) {
      i = endOfString(bytes, i + 1);
    } else if (opens.has(byte)) {
      depth += 1;
      items += 1;
      if (depth > limits.maxDepth) return { ok: false, reason: 'too-deep', scanned: i + 1 };
    } else if (closes.has(byte)) {
      depth -= 1;
    } else if (byte === comma) {
      items += 1;
    }
    if (items > limits.maxItems) return { ok: false, reason: 'too-many-items', scanned: i + 1 };
  }
  return { ok: true, scanned: bytes.length };
}
