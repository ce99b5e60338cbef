/**
 * Ten bytes that stay the same for the same text: four FNV-1a lanes with different offsets, mixed
 * with murmur3's finaliser. Not a cryptographic hash: it names imported objects so that importing
 * a file twice gives the same ids, and an accidental collision (about 1 in 2^80) only skips an entry.
 */
export function fingerprint(text: string): Uint8Array {
  const lanes = [0x811c9dc5, 0x01000193 ^ 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    for (let lane = 0; lane < lanes.length; lane += 1) {
      lanes[lane] = Math.imul((lanes[lane] ?? 0) ^ code ^ (lane << 16), 0x01000193 + lane * 2);
    }
  }
  const out = new Uint8Array(16);
  lanes.forEach((value, lane) => {
    const mixed = finalise(value ^ text.length ^ (lanes[(lane + 1) % lanes.length] ?? 0));
    for (let b = 0; b < 4; b += 1) out[lane * 4 + b] = (mixed >>> (b * 8)) & 0xff;
  });
  return out.subarray(0, 10);
}

function finalise(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
