import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeUuidV7 } from '../ids/uuid-v7.ts';
import { makeVaultExport, readVaultExport, vaultExportPieces } from './vault-export.ts';
import { newVaultObject } from './vault-object.ts';

const text = fc.string({ maxLength: 40 });
const objects = fc.uniqueArray(
  fc.record({
    n: fc.integer({ min: 0, max: 1e6 }),
    title: text,
    body: fc.string({ unit: 'grapheme', maxLength: 80 }),
  }),
  { selector: (o) => o.n, maxLength: 20 },
);

describe('vault export', () => {
  it('reads back exactly what it wrote', () => {
    fc.assert(
      fc.property(objects, (items) => {
        const vault = items.map((o) =>
          newVaultObject(
            makeUuidV7(o.n, new Uint8Array(10).fill(o.n % 256)),
            'journal-entry',
            { title: o.title, body: o.body },
            o.n,
          ),
        );
        const exported = makeVaultExport(vault, 0);
        const read = readVaultExport(JSON.stringify(exported, null, 2));
        expect(read.ok).toBe(true);
        if (read.ok) expect(makeVaultExport(read.objects, 0)).toEqual(exported);
      }),
    );
  });

  it('gives the same JSON in pieces as in one go, whatever the size of a piece', () => {
    fc.assert(
      fc.property(objects, fc.integer({ min: 0, max: 25 }), (items, perPiece) => {
        const vault = items.map((o) =>
          newVaultObject(
            makeUuidV7(o.n, new Uint8Array(10).fill(o.n % 256)),
            'journal-entry',
            { title: o.title, body: `${o.body}\n${o.title}`, nested: { list: [o.n, null, true] } },
            o.n,
          ),
        );
        const pieces = [...vaultExportPieces(vault, 7, perPiece)];
        expect(pieces.join('')).toBe(JSON.stringify(makeVaultExport(vault, 7), null, 2));
        expect(pieces.length).toBe(vault.length ? 2 + Math.ceil(vault.length / Math.max(1, perPiece)) : 1);
      }),
    );
  });

  it('refuses a file that is not an export, whole', () => {
    expect(readVaultExport('nope')).toEqual({ ok: false, problem: 'not-json' });
    expect(readVaultExport('{"format":"other"}')).toEqual({ ok: false, problem: 'not-a-tend-export' });
    expect(readVaultExport('{"format":"tend-vault-export","version":2,"objects":[]}')).toMatchObject({
      problem: 'unknown-version',
    });
    const damaged = JSON.stringify({ format: 'tend-vault-export', version: 1, objects: [{ id: 'x' }] });
    expect(readVaultExport(damaged)).toEqual({ ok: false, problem: 'damaged-object', at: 0 });
  });
});
