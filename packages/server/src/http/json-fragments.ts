/** Raw bytes per slice: a multiple of 3, so the base64 of the slices joins into the base64 of the whole. */
const sliceBytes = 48 * 1024;

/**
 * The JSON text of `value` with `bytes` as the unpadded base64url string at `key`, in fragments: the
 * ciphertext is encoded a slice at a time, so no string of its full size is ever made (large strings
 * live in V8's large-object space and are only freed by full collections, which stop the server).
 * `key` must be the last field of `value`'s own ordering that holds bytes, and its name must not
 * appear in the other fields' values (ours are ids, numbers and enums).
 */
export function* jsonWithBytes(
  value: Readonly<Record<string, unknown>>,
  key: string,
  bytes: Uint8Array | null,
): Generator<string> {
  if (bytes === null) {
    yield JSON.stringify(value);
    return;
  }
  const text = JSON.stringify({ ...value, [key]: '' });
  const field = `${JSON.stringify(key)}:""`;
  const at = text.indexOf(field);
  yield text.slice(0, at + field.length - 1);
  for (let offset = 0; offset < bytes.byteLength; offset += sliceBytes) {
    const length = Math.min(sliceBytes, bytes.byteLength - offset);
    yield Buffer.from(bytes.buffer, bytes.byteOffset + offset, length).toString('base64url');
  }
  yield text.slice(at + field.length - 1);
}
