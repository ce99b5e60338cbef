import { sayRelationshipSentence as sayInEnglish, type RelationshipSentence } from '@tend/core';
import { afterAll, describe, expect, it } from 'vitest';
import { activateLanguage } from '../activate.ts';
import { sayRelationshipSentence, sayRelationshipStory } from './relationship-story.ts';

const leans = ['nourished', 'in-between', 'depleted'] as const;

const everySentence = (): RelationshipSentence[] => [
  { kind: 'no-check-ins' },
  ...[1, 2, 9].flatMap((times) =>
    [1, 3].map((months): RelationshipSentence => ({ kind: 'checked-in', times, months })),
  ),
  ...leans.flatMap((lean): RelationshipSentence[] => [
    { kind: 'in-month', month: '2026-06', lean },
    { kind: 'steady', lean },
    { kind: 'changed', later: '2026-02', laterLean: lean, earlier: '2024-11', earlierLean: lean },
  ]),
  { kind: 'nonlinear' },
  ...[
    [1, 0],
    [3, 0],
    [0, 1],
    [0, 4],
    [1, 2],
    [5, 1],
  ].map(([held = 0, abandoned = 0]): RelationshipSentence => ({ kind: 'boundaries', held, abandoned })),
];

describe('a relationship’s story said from its facts', () => {
  afterAll(() => activateLanguage('en'));

  it('reads in English exactly as core writes it', async () => {
    await activateLanguage('en');
    for (const withYear of [false, true])
      for (const sentence of everySentence())
        expect(sayRelationshipSentence(sentence, withYear)).toBe(sayInEnglish(sentence, withYear));
  });

  it('speaks German, once and many times', async () => {
    await activateLanguage('de');
    const facts = {
      withYear: true,
      sentences: [
        { kind: 'checked-in', times: 4, months: 2 },
        {
          kind: 'changed',
          later: '2026-02',
          laterLean: 'nourished',
          earlier: '2024-11',
          earlierLean: 'depleted',
        },
        { kind: 'boundaries', held: 1, abandoned: 2 },
      ] satisfies RelationshipSentence[],
    };
    expect(sayRelationshipStory({ facts })).toBe(
      'Du hast 4-mal nach gemeinsamer Zeit eingecheckt, verteilt über 2 Monate. ' +
        'Im Februar 2026 bist du meist gestärkt daraus hervorgegangen; im November 2024 öfter ausgelaugt. ' +
        'Du hast einmal eine Grenze gewahrt und 2-mal bemerkt, dass du dich selbst übergangen hast, um den Frieden zu wahren.',
    );
  });

  it('speaks Spanish, once and many times', async () => {
    await activateLanguage('es');
    expect(sayRelationshipSentence({ kind: 'checked-in', times: 1, months: 1 }, false)).toBe(
      'Has hecho un check-in una vez después de pasar tiempo juntos.',
    );
    expect(sayRelationshipSentence({ kind: 'boundaries', held: 3, abandoned: 0 }, false)).toBe(
      'Mantuviste un límite 3 veces.',
    );
    expect(sayRelationshipSentence({ kind: 'in-month', month: '2026-06', lean: 'depleted' }, false)).toBe(
      'En junio casi siempre saliste sin energía.',
    );
  });
});
