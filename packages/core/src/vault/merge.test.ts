import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeVaultObjects } from './merge.ts';
import { editVaultObject, newVaultObject, stableJson, type VaultObject } from './vault-object.ts';

const id = '01890000-0000-7000-8000-000000000001';
const base = newVaultObject(id, 'journal-entry', { title: 'a', body: 'b', date: '2026-01-01' }, 100);

const edits = fc.array(
  fc.record({
    field: fc.constantFrom('title', 'body', 'date', 'mood'),
    value: fc.oneof(fc.string({ maxLength: 5 }), fc.integer()),
    at: fc.integer({ min: 100, max: 200 }),
  }),
  { maxLength: 6 },
);

function apply(
  object: VaultObject,
  changes: { field: string; value: string | number; at: number }[],
): VaultObject {
  return changes.reduce((o, c) => editVaultObject(o, { [c.field]: c.value }, c.at), object);
}

const same = (a: VaultObject, b: VaultObject) => expect(stableJson(a)).toBe(stableJson(b));

describe('mergeVaultObjects', () => {
  it('keeps both devices’ edits to different fields', () => {
    const phone = editVaultObject(base, { title: 'from the phone' }, 150);
    const laptop = editVaultObject(base, { body: 'from the laptop' }, 160);
    const merged = mergeVaultObjects(phone, laptop);
    expect(merged.fields).toMatchObject({
      title: 'from the phone',
      body: 'from the laptop',
      date: '2026-01-01',
    });
  });

  it('lets the later edit of one field win', () => {
    const early = editVaultObject(base, { title: 'early' }, 150);
    const late = editVaultObject(base, { title: 'late' }, 170);
    expect(mergeVaultObjects(early, late).fields['title']).toBe('late');
    expect(mergeVaultObjects(late, early).fields['title']).toBe('late');
  });

  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(edits, edits, edits, (ea, eb, ec) => {
        const a = apply(base, ea);
        const b = apply(base, eb);
        const c = apply(base, ec);
        same(mergeVaultObjects(a, b), mergeVaultObjects(b, a));
        same(mergeVaultObjects(mergeVaultObjects(a, b), c), mergeVaultObjects(a, mergeVaultObjects(b, c)));
        same(mergeVaultObjects(a, a), a);
      }),
    );
  });

  it('refuses to merge two different objects', () => {
    const other = { ...base, id: '01890000-0000-7000-8000-000000000002' };
    expect(() => mergeVaultObjects(base, other)).toThrow();
  });
});

describe('editVaultObject', () => {
  it('moves stamps forward even when the clock goes back', () => {
    const edited = editVaultObject(base, { title: 'x' }, 50);
    expect(edited.stamps['title']).toBe(101);
  });

  it('leaves the stamp of an unchanged value alone', () => {
    expect(editVaultObject(base, { title: 'a' }, 500)).toEqual(base);
  });
});
