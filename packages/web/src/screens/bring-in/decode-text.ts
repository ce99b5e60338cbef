/**
 * Text from a file's bytes: UTF-8 (with or without a byte-order mark), UTF-16 when its mark says
 * so, and Windows-1252 for older exports that are not UTF-8. Null for bytes that are not text at all.
 */
export function decodeText(bytes: Uint8Array): string | null {
  const [a, b] = bytes;
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (looksBinary(bytes)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** A NUL byte in the first few kilobytes: an image, an archive or a database, not an export. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}
