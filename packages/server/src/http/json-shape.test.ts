import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJsonShape } from './json-shape.ts';

const limits = { maxDepth: 8, maxItems: 4_000 };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('scanJsonShape', () => {
  it('lets every ordinary JSON value within the limits through, strings with brackets included', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        expect(scanJsonShape(bytes(text), limits)).toEqual({ ok: true, scanned: bytes(text).length });
      }),
    );
    const tricky = JSON.stringify({ a: '[[[[{{{{,,,,"\\', b: ['\u00e9\u{1F600}]]]'] });
    expect(scanJsonShape(bytes(tricky), { maxDepth: 2, maxItems: 3 }).ok).toBe(true);
  });

  it('stops at the first byte over the depth, whatever follows', () => {
    for (const size of [1_000, 1_300_000]) {
      const verdict = scanJsonShape(bytes('['.repeat(size)), limits);
      expect(verdict).toEqual({ ok: false, reason: 'too-deep', scanned: limits.maxDepth + 1 });
    }
    expect(scanJsonShape(bytes('{"a":'.repeat(50)), limits)).toMatchObject({ ok: false, reason: 'too-deep' });
  });

  it('stops at the first item over the count, so a megabyte of commas costs no more than the limit', () => {
    const wide = `[${'0,'.repeat(650_000)}0]`;
    const verdict = scanJsonShape(bytes(wide), limits);
    expect(verdict).toMatchObject({ ok: false, reason: 'too-many-items' });
    expect(verdict.scanned).toBeLessThanOrEqual(2 * (limits.maxItems + 1));
  });

  it('never examines a byte twice: the work is at most the length of the body', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('[', ']', '{', '}', ',', '"', '\\', 'a', ':', '\u00e9'), { maxLength: 400 }),
        (parts) => {
          const body = bytes(parts.join(''));
          expect(scanJsonShape(body, { maxDepth: 5, maxItems: 20 }).scanned).toBeLessThanOrEqual(body.length);
        },
      ),
    );
  });

  it('agrees with a plain byte-by-byte reading on any mix of quotes, escapes and brackets', () => {
    const reference = (body: Uint8Array, maxDepth: number, maxItems: number) => {
      let [depth, items, inString] = [0, 0, false];
      for (let i = 0; i < body.length; i += 1) {
        const byte = body[i];
        if (inString) {
          if (byte === 0x5c) i += 1;
          else if (byte === 0x22) inString = false;
          continue;
        }
        if (byte === 0x22) inString = true;
        else if (byte === 0x5b || byte === 0x7b) {
          depth += 1;
          items += 1;
          if (depth > maxDepth) return 'too-deep';
        } else if (byte === 0x5d || byte === 0x7d) depth -= 1;
        else if (byte === 0x2c) items += 1;
        if (items > maxItems) return 'too-many-items';
      }
      return 'ok';
    };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('[', ']', '{', ',', '"', '\\', 'a', '\u00e9'), { maxLength: 300 }),
        (parts) => {
          const body = bytes(parts.join(''));
          const verdict = scanJsonShape(body, { maxDepth: 4, maxItems: 12 });
          expect(verdict.ok ? 'ok' : verdict.reason).toBe(reference(body, 4, 12));
        },
      ),
      { numRuns: 500 },
    );
  });
});
