import { describe, expect, it } from 'vitest';
import { lookingBackCopy } from './looking-back-copy.ts';
import fc from 'fast-check';
import { addToGrief } from '../grief/add-to-grief.ts';
import { beginGrief } from '../grief/begin-grief.ts';
import { griefSubjectWords } from '../grief/grief-words.ts';
import type { Grief } from '../grief/grief.ts';
import { recordKindness } from '../kindness/record-kindness.ts';
import type { KindnessMoment } from '../kindness/kindness-moment.ts';
import { makeMeeting, makePart, testPorts } from '../parts/test-factories.ts';
import { makePattern, makePause, makeResource } from '../pauses/test-factories.ts';
import { writeJournalEntry } from '../journal/write-journal-entry.ts';
import { noticeText } from '../noticing/notice-text.ts';
import { editVaultObject, type VaultObject } from '../vault/vault-object.ts';
import { isJournalEntry, type JournalEntry } from '../journal/journal-entry.ts';
import { keepNoticedSelfTalk } from './self-talk.ts';
import {
  forbiddenInRelationshipCopy,
  makeCheckIn,
  makeRelationship,
} from '../relationships/test-factories.ts';
import { lookingBack, lookingBackSpans, type LookingBack, type LookingBackInput } from './looking-back.ts';

const utcMonth = (ms: number): string => new Date(ms).toISOString().slice(0, 7);
const options = { monthOf: utcMonth };
const now = Date.UTC(2026, 5, 30, 12);
const day = 24 * 60 * 60 * 1000;
const ports = testPorts(Date.UTC(2025, 0, 1));

function ok<T>(result: ({ ok: true } & T) | { ok: false; problems: unknown[] }): T {
  if (!result.ok) throw new Error(result.problems.join());
  return result;
}

const critic = makePart(ports, { name: 'Inner critic' });
const little = makePart(ports, { name: 'Little one' });
const pattern = makePattern(ports, { when: 'someone is late', usually: 'I panic' });
const sam = makeRelationship(ports, { name: 'Sam' });
const alex = makeRelationship(ports, { name: 'Alex' });
const walk = makeResource(ports, { type: 'practice', name: 'A slow walk' });
const friend = makeResource(ports, { type: 'person', name: 'Jo' });
const asEntry = (object: VaultObject): JournalEntry => {
  if (!isJournalEntry(object)) throw new Error('expected a journal entry');
  return object;
};
/** A journal entry saved with gentle noticing on, `daysAgo` days before now. */
const noticedEntry = (daysAgo: number, body: string) => {
  ports.at(now - daysAgo * day);
  const entry = ok(writeJournalEntry(ports, { date: '2026-06-01', body })).entry;
  return asEntry(keepNoticedSelfTalk(entry, noticeText, now - daysAgo * day));
};
const kindAt = (at: number): KindnessMoment => {
  ports.at(at);
  return ok(recordKindness(ports, { what: 'drank-water' })).moment;
};
const grief: Grief = (() => {
  ports.at(now - 200 * day);
  const begun = ok(beginGrief(ports, { what: 'past-self', title: 'Who I was', text: 'First words' })).grief;
  ports.at(now - 10 * day);
  return ok(addToGrief(ports, begun, 'Softer today')).grief;
})();

const input: LookingBackInput = {
  parts: [critic, little],
  meetings: [
    makeMeeting(ports, { partIds: [critic.id], when: now - 5 * day, stances: ['stayed-with-compassion'] }),
    makeMeeting(ports, { partIds: [critic.id, little.id], when: now - 50 * day, stances: ['ran-the-show'] }),
    makeMeeting(ports, {
      partIds: [little.id],
      when: now - 300 * day,
      patternId: pattern.id,
      response: 'old',
    }),
  ],
  patterns: [pattern],
  pauses: [
    makePause(ports, {
      startedAt: now - 3 * day,
      needs: ['rest', 'comfort'],
      optionsShown: [walk.id, friend.id],
      optionsHelped: [walk.id, friend.id],
      response: 'new',
      patternId: pattern.id,
    }),
    makePause(ports, {
      startedAt: now - 20 * day,
      needs: ['rest'],
      optionsShown: [walk.id, friend.id],
      optionsHelped: [walk.id],
      response: 'old',
    }),
  ],
  kindness: [kindAt(now - day), kindAt(now - 2 * day), kindAt(now - 3 * day), kindAt(now - 40 * day)],
  relationships: [sam, alex],
  checkIns: [
    makeCheckIn(ports, { relationshipId: sam.id, at: now - 4 * day, afterwards: 2, seen: 'fully' }),
    makeCheckIn(ports, {
      relationshipId: sam.id,
      at: now - 6 * day,
      afterwards: -1,
      seen: 'mostly',
      validated: 'a-little',
    }),
    makeCheckIn(ports, {
      relationshipId: alex.id,
      at: now - 8 * day,
      seen: 'not-at-all',
      validated: 'mostly',
    }),
    makeCheckIn(ports, { relationshipId: alex.id, at: now - 400 * day, afterwards: 1, seen: 'fully' }),
  ],
  griefs: [grief],
  entries: [
    noticedEntry(2, 'I should be further along by now. I am so pathetic.'),
    noticedEntry(9, 'I should have called.'),
    noticedEntry(12, 'A quiet walk by the river.'),
    noticedEntry(200, 'I should be over this.'),
  ],
  resources: [friend, walk],
};

const sentences = (view: LookingBack): string[] => [
  ...view.parts.map((p) => p.summary),
  ...view.patterns.map((p) => p.summary),
  view.kindness.summary,
  ...view.people.map((p) => p.summary),
  ...view.griefs.map((g) => g.summary),
  view.pauses.summary,
  view.qualities.summary,
  ...view.qualities.qualities.map((q) => q.summary),
  view.selfTalk.summary,
  view.uneven ?? '',
];

describe('lookingBack', () => {
  it('over the last month: what was met, noted and returned to', () => {
    const view = lookingBack(input, 'month', now, options);
    expect(view.parts.map((p) => [p.partId, p.meetings.length])).toEqual([[critic.id, 1]]);
    expect(view.patterns.map((p) => p.moments.length)).toEqual([1]);
    expect(view.kindness.total).toBe(3);
    expect(view.kindness.summary).toBe('3 kindness moments were noted in the last month.');
    expect(view.people.map((p) => p.summary)).toEqual([
      'With Sam, you came away nourished once and depleted once.',
      'You checked in about Alex once, without noting how you felt afterwards.',
    ]);
    expect(view.griefs.map((g) => g.summary)).toEqual([
      'You returned to “Who I was” once. Grief is allowed to take its time.',
    ]);
    expect(view.pauses.summary).toBe(
      'You paused 2 times in the last month. What you needed most often: rest, comfort. ' +
        'What helped most often: A slow walk and Jo. ' +
        'The response you are practising happened once, the old one once; both are part of the work.',
    );
    expect(view.pauses.helpedMost.map((h) => [h.name, h.pauses])).toEqual([
      ['A slow walk', 2],
      ['Jo', 1],
    ]);
  });

  it('returns the facts each sentence is said from, for every language to say them', () => {
    const view = lookingBack(input, 'month', now, options);
    expect([view.pauses.total, view.pauses.neededMost, view.pauses.newer, view.pauses.old]).toEqual([
      2,
      ['rest', 'comfort'],
      1,
      1,
    ]);
    expect(view.qualities.mostAndRarer).toEqual({ most: 'seen', rarer: 'validated' });
    expect(view.people.map((p) => [p.name, p.nourished, p.depleted, p.inBetween, p.checkIns])).toEqual([
      ['Sam', 1, 1, 0, 2],
      ['Alex', 0, 0, 0, 1],
    ]);
    expect(view.griefs.map((g) => [g.title, g.untitled, g.returns])).toEqual([['Who I was', false, 1]]);
    ports.at(now - 100 * day);
    const untitled = ok(beginGrief(ports, { what: 'past-self', title: '  ', text: 'Words' })).grief;
    const carried = lookingBack({ ...input, griefs: [untitled] }, 'month', now, options).griefs;
    expect(carried.map((g) => [g.title, g.untitled, g.returns])).toEqual([
      [griefSubjectWords['past-self'], true, 0],
    ]);
    const even = lookingBack({ ...input, checkIns: input.checkIns.slice(0, 1) }, 'month', now, options);
    expect(even.qualities.mostAndRarer).toBeNull();
    expect(even.qualities.overview).toBeNull();
  });

  it('gives back the six qualities across everyone, never by person', () => {
    const { qualities, overview, summary } = lookingBack(input, 'month', now, options).qualities;
    expect(qualities.map((q) => q.quality)).toEqual([
      'seen',
      'validated',
      'attunedTo',
      'reciprocity',
      'safeAndRespected',
      'couldBeMyself',
    ]);
    const [seen, validated, attuned] = qualities;
    expect([seen?.often, seen?.noted, seen?.people]).toEqual([2, 3, 2]);
    expect(seen?.summary).toBe(
      'Over the last month, you felt seen mostly or fully 2 of the 3 times you noted it, with 2 people.',
    );
    expect(seen?.months).toEqual([{ month: '2026-06', often: 2, rarely: 1 }]);
    expect([validated?.often, validated?.noted]).toEqual([1, 2]);
    expect(attuned?.summary).toBe('Feeling attuned to was not noted in the last month.');
    expect(overview).toBe('Over the last month, feeling seen came most often; feeling validated was rarer.');
    expect(summary).toMatch(/information, not a verdict/);
    expect(JSON.stringify(qualities)).not.toMatch(/Sam|Alex/);
  });

  it('counts the self-talk gentle noticing named, by kind, and never crisis language', () => {
    const view = lookingBack(input, 'month', now, options).selfTalk;
    expect(view.pieces).toBe(2);
    expect(view.byPattern).toEqual([
      { pattern: 'should', count: 2 },
      { pattern: 'labelling', count: 1 },
    ]);
    expect(view.summary).toMatch(
      /^Gentle noticing named a harder way of speaking to yourself in 2 pieces of writing over the last month: /,
    );
    expect(view.summary).toMatch(/not a step backwards\.$/);
    const quiet = lookingBack({ ...input, entries: [] }, 'month', now, options).selfTalk;
    expect(quiet.summary).toBe(
      'Gentle noticing did not name any harder self-talk in your writing over the last month.',
    );
    const crisis = keepNoticedSelfTalk(
      ok(writeJournalEntry(ports, { date: '2026-06-02', body: 'I want to die.' })).entry,
      noticeText,
      now,
    );
    expect(crisis.fields['noticedSelfTalk']).toBeUndefined();
    const forged = asEntry(
      editVaultObject(crisis, { noticedSelfTalk: { at: now, patterns: ['crisis'] } }, now),
    );
    expect(lookingBack({ ...input, entries: [forged] }, 'month', now, options).selfTalk.pieces).toBe(0);
  });

  it('over everything: every part and person, in the order given, never ranked', () => {
    const view = lookingBack(input, 'everything', now, options);
    expect(view.parts.map((p) => p.partId)).toEqual([critic.id, little.id]);
    expect(view.people.map((p) => p.name)).toEqual(['Sam', 'Alex']);
    expect(view.since).toBeNull();
  });

  it('names uneven months as ordinary', () => {
    expect(lookingBack(input, 'season', now, options).uneven).toMatch(
      /Uneven months are ordinary information/,
    );
    const quiet = { ...input, kindness: [], pauses: [], meetings: [] };
    expect(lookingBack(quiet, 'season', now, options).uneven).toBeNull();
  });

  it('reads the same whatever order the vault lists things in, for every span, and never a forbidden word', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...lookingBackSpans),
        fc.shuffledSubarray([...input.meetings], { minLength: input.meetings.length }),
        fc.shuffledSubarray([...input.kindness], { minLength: input.kindness.length }),
        fc.shuffledSubarray([...input.checkIns], { minLength: input.checkIns.length }),
        fc.shuffledSubarray([...input.pauses], { minLength: input.pauses.length }),
        fc.shuffledSubarray([...input.entries], { minLength: input.entries.length }),
        fc.shuffledSubarray([...input.resources], { minLength: input.resources.length }),
        (span, meetings, kindness, checkIns, pauses, entries, resources) => {
          const shuffled = { ...input, meetings, kindness, checkIns, pauses, entries, resources };
          const view = lookingBack(shuffled, span, now, options);
          expect(view).toEqual(lookingBack(input, span, now, options));
          for (const sentence of sentences(view))
            for (const pattern of forbiddenInRelationshipCopy) expect(sentence).not.toMatch(pattern);
          expect(JSON.stringify(view)).not.toMatch(/score|percent|%/i);
        },
      ),
    );
  });
});

describe('how time with a person is said', () => {
  it.each([
    [1, 0, 0, 'With Sam, you came away nourished once.'],
    [0, 2, 3, 'With Sam, you came away depleted 2 times and somewhere in between 3 times.'],
    [2, 1, 1, 'With Sam, you came away nourished 2 times, depleted once and somewhere in between once.'],
  ])('%i nourished, %i depleted, %i in between: names only what happened', (n, d, b, sentence) => {
    expect(lookingBackCopy.relationship('Sam', n, d, b)).toBe(sentence);
  });
});
