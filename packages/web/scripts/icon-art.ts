import { encodePng } from './png.ts';

/** Tend's mark: a pale circle holding a sprouting leaf, on the calm green of the app. */
const green: readonly [number, number, number] = [0x2d, 0x6a, 0x52];
const pale: readonly [number, number, number] = [0xdc, 0xeb, 0xe3];

export const iconSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
<rect width="64" height="64" rx="14" fill="#2d6a52"/>
<circle cx="32" cy="32" r="21.1" fill="#dcebe3"/>
<path transform="translate(35.2 30.08) rotate(40.1)" d="M-8.3 0A10.88 10.88 0 0 1 8.3 0A10.88 10.88 0 0 1-8.3 0Z" fill="#2d6a52"/>
<rect x="30.6" y="32" width="2.8" height="14.1" fill="#2d6a52"/>
</svg>
`;

/** Inside the leaf: within two circles whose overlap makes a pointed leaf leaning right. */
function inLeaf(x: number, y: number): boolean {
  const dx = x - 0.55;
  const dy = y - 0.47;
  // rotate by 40 degrees so the leaf leans
  const c = Math.cos(0.7);
  const s = Math.sin(0.7);
  const u = dx * c + dy * s;
  const v = -dx * s + dy * c;
  const r = 0.17;
  const offset = 0.11;
  return Math.hypot(u, v - offset) < r && Math.hypot(u, v + offset) < r;
}

function inStem(x: number, y: number): boolean {
  return Math.abs(x - 0.5) < 0.022 && y > 0.5 && y < 0.72;
}

/** Colour of one point of the icon (0..1 coordinates); the maskable icon keeps its mark in the safe zone. */
function colourAt(x: number, y: number, scale: number): readonly [number, number, number] {
  const cx = 0.5 + (x - 0.5) / scale;
  const cy = 0.5 + (y - 0.5) / scale;
  if (inLeaf(cx, cy) || inStem(cx, cy)) return green;
  if (Math.hypot(cx - 0.5, cy - 0.5) < 0.33) return pale;
  return green;
}

/** Renders the icon at a size, 4×4 samples per pixel for smooth edges. */
export function iconPng(size: number, options: { maskable?: boolean } = {}): Buffer {
  const scale = options.maskable ? 0.8 : 1;
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const [cr, cg, cb] = colourAt(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
            scale,
          );
          r += cr;
          g += cg;
          b += cb;
        }
      }
      const n = samples * samples;
      pixels.set([Math.round(r / n), Math.round(g / n), Math.round(b / n), 255], (py * size + px) * 4);
    }
  }
  return encodePng(size, size, pixels);
}
