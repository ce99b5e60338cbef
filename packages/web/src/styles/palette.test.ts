import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every `--name: light-dark(#light, #dark)` of the design tokens, read from the stylesheet itself. */
function palette(): Map<string, { light: string; dark: string }> {
  const css = readFileSync(join(import.meta.dirname, 'base.css'), 'utf8');
  const found = new Map<string, { light: string; dark: string }>();
  for (const match of css.matchAll(/--([a-z0-9-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) {
    const [, name, light, dark] = match;
    if (name && light && dark) found.set(name, { light, dark });
  }
  return found;
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const colours = palette();
const themes = ['light', 'dark'] as const;

function shortfalls(foregrounds: readonly string[], backgrounds: readonly string[], least: number): string[] {
  return themes.flatMap((theme) =>
    foregrounds.flatMap((fg) =>
      backgrounds.flatMap((bg) => {
        const a = colours.get(fg)?.[theme];
        const b = colours.get(bg)?.[theme];
        if (!a || !b) return [`${fg} or ${bg} is missing`];
        const ratio = contrast(a, b);
        return ratio < least ? [`${theme}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1`] : [];
      }),
    ),
  );
}

describe('the palette', () => {
  it('is read from the stylesheet', () => {
    expect(colours.size).toBeGreaterThan(20);
  });

  it('gives text 4.5:1 on the page and on cards, in light and dark', () => {
    const text = ['text', 'text-muted', 'link', 'danger', 'success', 'support'];
    expect(shortfalls(text, ['bg', 'surface'], 4.5)).toEqual([]);
    expect(shortfalls(['text', 'text-muted'], ['surface-2'], 4.5)).toEqual([]);
    expect(shortfalls(['accent-text'], ['accent'], 4.5)).toEqual([]);
    expect(shortfalls(['support-text'], ['support'], 4.5)).toEqual([]);
  });

  it('gives every colour with meaning 3:1 on the page and on cards, in light and dark', () => {
    const meanings = [...colours.keys()].filter((name) => name.startsWith('meaning-'));
    expect(meanings.length).toBeGreaterThanOrEqual(10);
    expect(shortfalls(meanings, ['bg', 'surface'], 3)).toEqual([]);
    expect(shortfalls(['focus', 'border-strong'], ['bg', 'surface'], 3)).toEqual([]);
  });
});
