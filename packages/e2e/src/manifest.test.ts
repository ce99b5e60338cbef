import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../../web/dist');

interface Manifest {
  readonly icons: readonly { src: string; purpose?: string }[];
  readonly shortcuts: readonly { name: string; url: string }[];
  readonly screenshots: readonly { src: string; sizes: string; form_factor: string; label: string }[];
}

/** A JPEG's width and height, from its first start-of-frame marker. */
function jpegSize(bytes: Buffer): string {
  let at = 2;
  while (at < bytes.length) {
    const marker = bytes[at + 1] ?? 0;
    const length = bytes.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xc3)
      return `${bytes.readUInt16BE(at + 7)}x${bytes.readUInt16BE(at + 5)}`;
    at += 2 + length;
  }
  return 'none';
}

// What the built app offers an install dialog; read from the build, as a browser would.
describe('the installed app', () => {
  const manifest = JSON.parse(readFileSync(resolve(dist, 'manifest.webmanifest'), 'utf8')) as Manifest;

  it('has shortcuts to Pause, Support now and a new entry, and a maskable icon', () => {
    expect(manifest.shortcuts.map((s) => s.url)).toEqual(['/pause', '/support', '/journal/new']);
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  });

  it('shows home on a phone and a desktop in the install dialog, each image the size it says', () => {
    expect(manifest.screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
    for (const shot of manifest.screenshots) {
      const file = resolve(dist, `.${shot.src}`);
      expect(existsSync(file), shot.src).toBe(true);
      expect(jpegSize(readFileSync(file)), shot.src).toBe(shot.sizes);
      expect(shot.label).not.toBe('');
    }
  });

  it('does not keep the screenshots in the offline cache', () => {
    const worker = readFileSync(resolve(dist, 'sw.js'), 'utf8');
    expect(worker).toContain('/manifest.webmanifest');
    expect(worker).not.toContain('/screenshots/');
  });
});
