import { describe, expect, it } from 'vitest';
import { newVaultObject, type VaultObject } from '@tend/core';
import { createObjectView } from './object-view.ts';

const entry = (id: string, body: string): VaultObject => newVaultObject(id, 'journal-entry', { body }, 1_000);

describe('the view of an unlocked vault', () => {
  it('lists and finds nothing while its records are still opening, then everything at once', async () => {
    const view = createObjectView(new Map(), { isOpening: true });
    expect(view.isOpening()).toBe(true);
    expect(view.list('journal-entry')).toEqual([]);
    expect(view.get('a')).toBeUndefined();
    expect(view.all()).toEqual([]);
    let isOpen = false;
    const waiting = view.whenOpen().then(() => (isOpen = true));
    await Promise.resolve();
    expect(isOpen).toBe(false);
    const a = entry('a', 'first');
    const b = entry('b', 'second');
    view.fill(
      new Map([
        ['a', a],
        ['b', b],
      ]),
    );
    await waiting;
    expect(view.isOpening()).toBe(false);
    expect(view.list('journal-entry')).toEqual([a, b]);
    expect(view.get('b')).toEqual(b);
  });

  it('keeps what changed while it opened over the older records the opening brings', () => {
    const view = createObjectView(new Map(), { isOpening: true });
    const edited = entry('a', 'edited while opening');
    const added = entry('c', 'written while opening');
    view.apply([
      { id: 'a', object: edited },
      { id: 'b', object: null },
      { id: 'c', object: added },
    ]);
    // Still nothing shown: the list would be a part of the vault, not all of it.
    expect(view.list('journal-entry')).toEqual([]);
    view.fill(
      new Map([
        ['a', entry('a', 'as it was read')],
        ['b', entry('b', 'removed while opening')],
        ['d', entry('d', 'untouched')],
      ]),
    );
    expect(view.get('a')).toEqual(edited);
    expect(view.get('b')).toBeUndefined();
    expect(view.get('c')).toEqual(added);
    expect(view.list('journal-entry').map((o) => o.id)).toEqual(['d', 'a', 'c']);
  });

  it('made open, is open at once and ignores a late fill', async () => {
    const a = entry('a', 'here');
    const view = createObjectView(new Map([['a', a]]));
    expect(view.isOpening()).toBe(false);
    await view.whenOpen();
    view.fill(new Map());
    expect(view.list('journal-entry')).toEqual([a]);
  });
});
