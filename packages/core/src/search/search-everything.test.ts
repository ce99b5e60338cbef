import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { beginGrief } from '../grief/begin-grief.ts';
import { writeJournalEntry } from '../journal/write-journal-entry.ts';
import { recordKindness } from '../kindness/record-kindness.ts';
import { makeMeeting, makePart, testPorts } from '../parts/test-factories.ts';
import { namePattern } from '../patterns/name-pattern.ts';
import { startPause } from '../pauses/start-pause.ts';
import { makeCheckIn, makeRelationship } from '../relationships/test-factories.ts';
import { addResource } from '../resources/add-resource.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import { buildSearchIndex } from './search-index.ts';
import { searchEverything } from './search-everything.ts';
import { searchShowAllWords } from './search-words.ts';

const ports = testPorts();
function ok<T>(result: ({ ok: true } & T) | { ok: false; problems: unknown[] }): T {
  if (!result.ok) throw new Error(`unexpected problems: ${result.problems.join()}`);
  return result;
}

const part = makePart(ports, { name: 'Little one', needs: 'To be held after Mum shouts' });
const mum = makeRelationship(ports, { name: 'Mum' });
ports.tick(1000);
const objects: VaultObject[] = [
  part,
  mum,
  makeMeeting(ports, { partIds: [part.id], offered: 'Warmth, the way Mum could not' }),
  makeCheckIn(ports, { relationshipId: mum.id, note: 'She asked about my work and listened' }),
  makeCheckIn(ports, { relationshipId: mum.id, note: 'Her café was closed, so we walked' }),
  ok(writeJournalEntry(ports, { date: '2026-01-15', title: 'Sunday', body: 'Called mum. It went softly.' }))
    .entry,
  ok(beginGrief(ports, { what: 'past-self', title: 'Who I was at twelve', text: 'Mum was not there' })).grief,
  ok(startPause(ports, { whatHappened: 'A message from MUM' })).pause,
  ok(namePattern(ports, { when: 'Mum criticises', usually: 'I go quiet', practising: 'I breathe' })).pattern,
  ok(addResource(ports, { type: 'person', name: 'Aunt Ruth', notes: 'Knows how Mum can be' })).resource,
  ok(recordKindness(ports, { what: 'own-words', words: 'Let Mum’s call go to voicemail' })).moment,
];
const index = buildSearchIndex(objects);

describe('searchEverything', () => {
  it('finds every kind, grouped in a fixed order, case-folded', () => {
    const groups = searchEverything(index, 'mum');
    expect(groups.map((g) => [g.kind, g.total])).toEqual([
      ['part', 1],
      ['meeting', 1],
      ['grief', 1],
      ['pause', 1],
      ['pattern', 1],
      ['relationship', 1],
      ['check-in', 2],
      ['resource', 1],
      ['journal', 1],
      ['kindness', 1],
    ]);
    const meeting = groups.find((g) => g.kind === 'meeting')?.hits[0];
    expect(meeting?.title).toBe('A meeting with Little one');
    expect(meeting?.snippet).toBe('Warmth, the way Mum could not');
  });

  it('titles a check-in by its person, and finds it by its note', () => {
    const groups = searchEverything(index, 'listened');
    expect(groups).toEqual([
      {
        kind: 'check-in',
        total: 1,
        hits: [
          expect.objectContaining({
            title: 'Check-in with Mum',
            snippet: 'She asked about my work and listened',
          }),
        ],
      },
    ]);
  });

  it('folds accents both ways and needs every word', () => {
    expect(searchEverything(index, 'cafe').map((g) => g.kind)).toEqual(['check-in']);
    expect(searchEverything(index, 'CAFÉ walked').map((g) => g.kind)).toEqual(['check-in']);
    expect(searchEverything(index, 'café nowhere')).toEqual([]);
    expect(searchEverything(index, '   ')).toEqual([]);
  });

  it('keeps to the limit per group and says how many there were', () => {
    const [checkIns] = searchEverything(index, 'check-in', 1);
    expect(checkIns?.hits).toHaveLength(1);
    expect(checkIns?.total).toBe(2);
    const [whole] = searchEverything(index, 'check-in', 1, ['check-in']);
    expect(whole?.hits).toHaveLength(2);
    expect(searchShowAllWords('check-in', 1234)).toBe('Show all 1,234 check-ins');
  });

  it('finds the same whatever order the vault lists its objects in', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(objects, { minLength: objects.length }),
        fc.constantFrom('mum', 'i', 'walk'),
        (shuffled, query) => {
          expect(searchEverything(buildSearchIndex(shuffled), query)).toEqual(searchEverything(index, query));
        },
      ),
    );
  });
});
