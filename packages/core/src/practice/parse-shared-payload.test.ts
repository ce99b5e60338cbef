import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeUuidV7 } from '../ids/uuid-v7.ts';
import { parseSharedPayload } from './parse-shared-payload.ts';
import { practiceLimits } from './practice.ts';
import type { SharedPayload } from './shared-payload.ts';

const id = (n: number) => makeUuidV7(1_700_000_000_000 + n, new Uint8Array(10).fill(n));
const at = 1_700_000_000_000;

const valid: readonly SharedPayload[] = [
  {
    type: 'item',
    document: {
      kind: 'meeting',
      title: 'Meeting with The one who waits',
      when: at,
      sections: [{ label: 'What it felt', text: 'Small.\n<img src=x onerror=alert(1)>' }],
    },
    mode: 'snapshot',
    sharedAt: at,
    updatedAt: at + 1,
  },
  {
    type: 'item',
    document: { kind: 'part', title: 'Inner critic', when: null, sections: [] },
    mode: 'live',
    sharedAt: at,
    updatedAt: at,
  },
  {
    type: 'session-list',
    entries: [
      { itemId: id(1), text: '' },
      { itemId: null, text: 'The weekend with my sister' },
    ],
    forDate: '2026-03-04',
    updatedAt: at,
  },
  { type: 'session-list', entries: [], forDate: null, updatedAt: at },
  { type: 'reply', toId: id(2), text: 'Thank you', decision: null, updatedAt: at },
  { type: 'reply', toId: id(2), text: '', decision: 'accepted', updatedAt: at },
  { type: 'reflection', onItemId: id(1), text: 'I noticed how gently you stayed.', writtenAt: at },
  { type: 'reflection', onItemId: null, text: '', writtenAt: at },
  { type: 'suggestion', practice: 'A slow breath before replying', note: '', onItemId: null, writtenAt: at },
  { type: 'session-mark', entry: { itemId: null, text: 'The weekend with my sister' }, markedAt: at },
  { type: 'session-mark', entry: { itemId: id(1), text: '' }, markedAt: at },
];

const [item, , list, , reply, , reflection, , suggestion, mark] = valid;

describe('parseSharedPayload', () => {
  it('accepts every well-formed payload and returns an equal copy', () => {
    for (const payload of valid) {
      const parsed = parseSharedPayload(JSON.parse(JSON.stringify(payload)));
      expect(parsed).toEqual(payload);
      expect(parsed).not.toBe(payload);
    }
  });

  it('refuses wrong shapes', () => {
    const bad: unknown[] = [
      null,
      'item',
      [],
      {},
      { ...item, type: 'note' },
      { ...item, extra: true },
      { ...item, mode: 'forever' },
      { ...item, sharedAt: -1 },
      { ...item, updatedAt: 1.5 },
      { ...item, updatedAt: Number.NaN },
      { ...item, document: { kind: 'kindness', title: 'x', when: null, sections: [] } },
      { ...item, document: { kind: 'part', title: 'x', when: 'today', sections: [] } },
      { ...item, document: { kind: 'part', title: 'x', when: null, sections: [{ label: '', text: 'x' }] } },
      { ...item, document: { kind: 'part', title: 'x', when: null, sections: [{ label: 'a', text: 3 }] } },
      {
        ...item,
        document: { kind: 'part', title: 'x', when: null, sections: [{ label: 'a', text: 'b', c: 1 }] },
      },
      { ...item, document: { kind: 'part', title: 'x', when: null } },
      { ...list, forDate: '2026-02-30' },
      { ...list, entries: [{ itemId: 'not-an-id', text: '' }] },
      { ...list, entries: [{ itemId: null }] },
      { ...reply, toId: null },
      { ...reply, decision: 'maybe' },
      { ...reflection, onItemId: 'x' },
      { ...reflection, text: undefined },
      { ...suggestion, practice: '   ' },
      { ...suggestion, note: null },
      { ...mark, entry: { itemId: 'x', text: '' } },
      { ...mark, entry: { itemId: null } },
      { ...mark, entry: { itemId: null, text: '', extra: 1 } },
      { ...mark, markedAt: -5 },
      Object.fromEntries(Object.entries(reflection ?? {}).filter(([k]) => k !== 'writtenAt')),
    ];
    for (const value of bad) expect(parseSharedPayload(value), JSON.stringify(value)).toBeNull();
  });

  it('refuses text over the limits and accepts text at them', () => {
    const cases: ((n: number) => unknown)[] = [
      (n) => ({ ...reflection, text: 'x'.repeat(n) }),
      (n) => ({ ...reply, text: 'x'.repeat(n) }),
      (n) => ({ ...suggestion, practice: 'x'.repeat(n) }),
      (n) => ({ ...suggestion, note: 'x'.repeat(n) }),
      (n) => ({ ...list, entries: [{ itemId: null, text: 'x'.repeat(n) }] }),
      (n) => ({ ...list, entries: Array.from({ length: n }, () => ({ itemId: null, text: 'x' })) }),
      (n) => ({ ...item, document: { kind: 'part', title: 'x'.repeat(n), when: null, sections: [] } }),
      (n) => ({
        ...item,
        document: { kind: 'part', title: 'x', when: null, sections: [{ label: 'a', text: 'x'.repeat(n) }] },
      }),
      (n) => ({
        ...item,
        document: { kind: 'part', title: 'x', when: null, sections: [{ label: 'a'.repeat(n), text: 'x' }] },
      }),
      (n) => ({
        ...item,
        document: {
          kind: 'part',
          title: 'x',
          when: null,
          sections: Array.from({ length: n }, () => ({ label: 'a', text: 'b' })),
        },
      }),
    ];
    const limits = [
      practiceLimits.reflection,
      practiceLimits.reply,
      practiceLimits.suggestedPractice,
      practiceLimits.suggestionNote,
      practiceLimits.sessionText,
      practiceLimits.sessionEntries,
      practiceLimits.title,
      practiceLimits.sectionText,
      practiceLimits.sectionLabel,
      practiceLimits.sections,
    ];
    cases.forEach((make, i) => {
      const limit = limits[i] ?? 0;
      expect(parseSharedPayload(make(limit)), `case ${i} at its limit`).not.toBeNull();
      expect(parseSharedPayload(make(limit + 1)), `case ${i} over its limit`).toBeNull();
    });
  });

  it('never throws, whatever it is given, and what it accepts parses to itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.constantFrom(...valid)), (value) => {
        const parsed = parseSharedPayload(value);
        if (parsed) expect(parseSharedPayload(parsed)).toEqual(parsed);
      }),
    );
  });
});
