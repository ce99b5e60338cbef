import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recordCheckIn } from '../check-ins/record-check-in.ts';
import { addToGrief } from '../grief/add-to-grief.ts';
import { beginGrief } from '../grief/begin-grief.ts';
import type { Grief } from '../grief/grief.ts';
import { writeJournalEntry } from '../journal/write-journal-entry.ts';
import { recordKindness } from '../kindness/record-kindness.ts';
import { linkParts } from '../parts/link-parts.ts';
import { makeMeeting, makePart, okPart } from '../parts/test-factories.ts';
import { startPause } from '../pauses/start-pause.ts';
import { updatePause } from '../pauses/update-pause.ts';
import { addBoundary } from '../relationships/add-boundary.ts';
import { changePath } from '../relationships/change-path.ts';
import { makeRelationship, okRelationship } from '../relationships/test-factories.ts';
import { newVaultObject, type VaultObject } from '../vault/vault-object.ts';
import { parseSharedDocument } from './parse-shared-payload.ts';
import { practiceLimits, type SharedDocument } from './practice.ts';
import { shareDocument } from './share-document.ts';
import { shareLabels, shareWords } from './share-words.ts';
import { forbiddenInSharedWords, hostileText, memoryVault, testPorts } from './test-factories.ts';

const noon = Date.UTC(2026, 2, 4, 12);

function setting() {
  const ports = testPorts(noon);
  const vault = memoryVault();
  const waits = makePart(ports, { name: 'The one who waits' });
  const critic = makePart(ports, { name: 'Inner critic' });
  const sister = makeRelationship(ports, { name: 'My sister', type: 'family' });
  vault.put(waits, critic, sister);
  return { ports, vault, waits, critic, sister };
}

function ok<T>(result: ({ ok: true } & T) | { ok: false; problems: readonly string[] }): T {
  if (!result.ok) throw new Error(`unexpected problems: ${result.problems.join()}`);
  return result;
}

function share(object: VaultObject, lookup: (id: string) => VaultObject | undefined): SharedDocument {
  const document = shareDocument(object, lookup);
  if (!document) throw new Error('not shared');
  expect(parseSharedDocument(document)).toEqual(document);
  for (const section of document.sections) {
    expect(section.label.trim()).not.toBe('');
    expect(section.text.trim()).not.toBe('');
  }
  return document;
}

const labelled = (document: SharedDocument) =>
  Object.fromEntries(document.sections.map((s) => [s.label, s.text]));

describe('shareDocument', () => {
  it('renders a meeting in the words the client saw, leaving out what was not filled', () => {
    const { ports, vault, waits, critic } = setting();
    const meeting = makeMeeting(ports, {
      partIds: [waits.id, critic.id],
      when: noon - 3_600_000,
      broughtForward: 'A message left unanswered',
      needed: 'To be told it could rest',
      stances: ['stayed-with-compassion', 'tried-to-fix'],
      presence: 'in-and-out',
      intensityBefore: 7,
      intensityAfter: 4,
      projection: { onWhom: 'My father', recognisedAfter: { amount: 3, unit: 'hours' } },
    });
    const document = share(meeting, vault.get);
    expect(document).toMatchObject({
      kind: 'meeting',
      title: 'Meeting with The one who waits and Inner critic',
      when: noon - 3_600_000,
    });
    expect(labelled(document)).toEqual({
      'What brought it forward': 'A message left unanswered',
      'What it needed': 'To be told it could rest',
      'How I related to it': 'I stayed with it with compassion\nI tried to change it or make it go away',
      'How present I was': 'In and out',
      'Intensity before': '7 out of 10',
      'Intensity after': '4 out of 10',
      'Who I was seeing through this part': 'My father',
      'How long after the moment I recognised it': '3 hours',
    });
  });

  it('names a part that is gone gently', () => {
    const { ports, waits } = setting();
    const meeting = makeMeeting(ports, { partIds: [waits.id], felt: 'Tired' });
    expect(share(meeting, () => undefined).title).toBe('Meeting with a part');
  });

  it('renders a pause with its part, the people involved and its needs', () => {
    const { ports, vault, waits, sister } = setting();
    let pause = ok(startPause(ports, { intensity: 8, whatHappened: 'The call' })).pause;
    pause = ok(
      updatePause(ports, pause, {
        partIds: [waits.id],
        relationshipIds: [sister.id],
        whoElse: 'Her partner',
        bodyNeeds: ['water', 'quiet'],
        needs: ['space', 'to-be-heard'],
        willDo: 'Walk to the corner and back',
        intensityAfter: 5,
        response: 'new',
      }),
    ).pause;
    const document = share(pause, vault.get);
    expect(document).toMatchObject({ kind: 'pause', title: 'A pause', when: pause.fields.startedAt });
    expect(labelled(document)).toEqual({
      'How strong it was': '8 out of 10',
      'What happened': 'The call',
      'Which part may have been here': 'The one who waits',
      'Who was involved': 'My sister\nHer partner',
      'What my body needed': 'Water, Quiet',
      'What I needed': 'Space, To be heard',
      'What I would do': 'Walk to the corner and back',
      'How strong it was afterwards': '5 out of 10',
      'Which response happened': 'The new response I am practising',
    });
  });

  it('renders a grief with each addition its own dated section', () => {
    const { ports, vault, waits } = setting();
    let grief = ok(
      beginGrief(ports, { what: 'past-self', partId: waits.id, text: 'The girl who waited' }),
    ).grief;
    ports.tick(86_400_000 * 3);
    grief = ok(addToGrief(ports, grief, 'Still here, and softer')).grief;
    const document = share(grief, vault.get);
    expect(document.title).toBe('A past version of me');
    expect(document.when).toBe(grief.createdAt);
    const [what, part, first, second, ...rest] = document.sections;
    expect(what).toEqual({ label: 'What I am grieving', text: 'A past version of me' });
    expect(part).toEqual({ label: 'A part it belongs with', text: 'The one who waits' });
    expect(first?.label).toMatch(/^Added \d{1,2} March 2026$/);
    expect(first?.text).toBe('The girl who waited');
    expect(second?.label).toMatch(/^Added \d{1,2} March 2026$/);
    expect(second?.text).toBe('Still here, and softer');
    expect(rest).toEqual([]);
  });

  it('gathers very many grief additions so every one is still shared', () => {
    const { ports, vault } = setting();
    let grief: Grief = ok(beginGrief(ports, { what: 'unlived-timeline', title: 'The years abroad' })).grief;
    for (let i = 0; i < 150; i += 1) {
      ports.tick(86_400_000);
      grief = ok(addToGrief(ports, grief, `Day ${i} words`)).grief;
    }
    const document = share(grief, vault.get);
    expect(document.title).toBe('The years abroad');
    expect(document.sections.length).toBeLessThanOrEqual(practiceLimits.sections);
    const all = document.sections.map((s) => s.text).join('\n');
    for (let i = 0; i < 150; i += 1) expect(all).toContain(`Day ${i} words`);
    expect(document.sections.some((s) => s.label === shareLabels.sharedInPart)).toBe(false);
  });

  it('renders a relational check-in with the relationship and its answers in words', () => {
    const { ports, vault, sister } = setting();
    const checkIn = ok(
      recordCheckIn(ports, {
        relationshipId: sister.id,
        seen: 'a-little',
        safeAndRespected: 'fully',
        abandonedMyself: 'not-sure',
        heldBoundary: 'yes',
        afterwards: -1,
        note: 'We laughed, then it tightened.',
      }),
    ).checkIn;
    const document = share(checkIn, vault.get);
    expect(document).toMatchObject({ title: 'Check-in after time with My sister', when: checkIn.fields.at });
    expect(labelled(document)).toEqual({
      'Did I feel seen?': 'A little',
      'Did I feel safe and respected?': 'Fully',
      'Did I abandon myself to keep the peace?': 'Not sure',
      'Did I hold a boundary?': 'Yes',
      'How do I feel afterwards?': 'A little depleted',
      'A note': 'We laughed, then it tightened.',
    });
    expect(share(checkIn, () => undefined).title).toBe('Check-in after time together');
  });

  it('renders a journal entry on its own day', () => {
    const { ports, vault } = setting();
    const entry = ok(writeJournalEntry(ports, { date: '2026-02-27', body: 'Slow morning.' })).entry;
    const document = share(entry, vault.get);
    expect(document).toEqual({
      kind: 'journal-entry',
      title: 'Journal entry',
      when: Date.UTC(2026, 1, 27, 12),
      sections: [{ label: 'Entry', text: 'Slow morning.' }],
    });
    const titled = ok(writeJournalEntry(ports, { title: 'After the call', body: '' })).entry;
    expect(share(titled, vault.get)).toMatchObject({ title: 'After the call', sections: [] });
  });

  it('renders a part as a summary with its links in words and none of its meetings', () => {
    const { ports, vault, waits, critic } = setting();
    const part = okPart(
      linkParts(
        ports,
        {
          ...critic,
          fields: {
            ...critic.fields,
            feels: 'Watchful',
            origins: ['shame', 'fear'],
            role: 'protector',
            state: 'quieter',
          },
        },
        waits,
        'protects',
      ),
    );
    vault.put(part, makeMeeting(ports, { partIds: [part.id], felt: 'canary-meeting' }));
    const document = share(part, vault.get);
    expect(document).toMatchObject({ kind: 'part', title: 'Inner critic', when: null });
    expect(labelled(document)).toEqual({
      'What it feels': 'Watchful',
      'What it formed through': 'Shame, Fear',
      'A parts-work role': 'Protector',
      'How present it has been lately': 'Quieter',
      'Links to other parts': 'Inner critic protects The one who waits',
    });
    expect(JSON.stringify(document)).not.toContain('canary-meeting');
  });

  it('renders a relationship as a summary: kind, roles, fears, path and boundaries', () => {
    const { ports } = setting();
    let relationship = makeRelationship(ports, {
      name: 'Mum',
      type: 'family',
      roles: [
        { role: 'caretaker', words: '', puttingDown: true },
        { role: 'own-words', words: 'The one who stays calm', puttingDown: false },
      ],
      fears: [
        { fear: 'still-love-me', words: '' },
        { fear: 'own-words', words: 'That she will go quiet' },
      ],
      path: 'evolving',
      boundaries: ['I leave when voices rise'],
    });
    ports.tick(86_400_000);
    relationship = okRelationship(
      changePath(ports, relationship, 'staying-while-changing-my-boundaries', { note: 'After March' }),
    );
    relationship = okRelationship(addBoundary(ports, relationship, 'Calls end at nine'));
    const document = share(relationship, () => undefined);
    const words = labelled(document);
    expect(document).toMatchObject({ kind: 'relationship', title: 'Mum', when: null });
    expect(words['Kind of relationship']).toBe('Family');
    expect(words['Roles I have played']).toBe(
      'The caretaker · I am putting this down\nThe one who stays calm',
    );
    expect(words['Fears about changing']).toBe(
      'If I stop doing this, will they still love me?\nThat she will go quiet',
    );
    expect(words['The path I see now']).toBe('Staying while I change my boundaries');
    expect(words['How the path has changed']).toMatch(
      /: Evolving\n\n.*: Staying while I change my boundaries\nAfter March$/,
    );
    expect(words['Boundaries I am practising']).toBe('I leave when voices rise\nCalls end at nine');
  });

  it('shares nothing for kinds that cannot be shared or objects that are not well-formed', () => {
    const { ports, vault } = setting();
    const kindness = recordKindness(ports, { what: 'drank-water' });
    if (!kindness.ok) throw new Error('no kindness');
    expect(shareDocument(kindness.moment, vault.get)).toBeNull();
    expect(shareDocument(newVaultObject('x', 'meeting', { felt: 'only this' }, noon), vault.get)).toBeNull();
    expect(shareDocument(newVaultObject('x', 'practice-connection', {}, noon), vault.get)).toBeNull();
  });

  it('keeps hostile text verbatim, as text', () => {
    const { ports, vault } = setting();
    const part = makePart(ports, { name: hostileText, needs: hostileText });
    const entry = ok(writeJournalEntry(ports, { title: hostileText, body: hostileText })).entry;
    const meeting = makeMeeting(ports, { partIds: [part.id], offered: hostileText });
    vault.put(part);
    expect(share(part, vault.get)).toMatchObject({ title: hostileText, sections: [{ text: hostileText }] });
    expect(share(entry, vault.get)).toMatchObject({ title: hostileText, sections: [{ text: hostileText }] });
    const met = share(meeting, vault.get);
    expect(met.title).toBe(`Meeting with ${hostileText}`);
    expect(labelled(met)['What I offered it']).toBe(hostileText);
  });

  it('splits long writing into continued sections and shares a very long entry in part, saying so', () => {
    const { ports, vault } = setting();
    const body = '🌱'.repeat(30_000) + 'x'.repeat(5_000);
    const long = ok(writeJournalEntry(ports, { body })).entry;
    const document = share(long, vault.get);
    expect(document.sections.map((s) => s.label)).toEqual(['Entry', 'Entry (continued)']);
    expect(document.sections.map((s) => s.text).join('')).toBe(body);
    const longer = ok(writeJournalEntry(ports, { body: 'y'.repeat(200_000) })).entry;
    const cut = share(longer, vault.get);
    expect(cut.sections.at(-1)).toEqual({
      label: shareLabels.sharedInPart,
      text: shareLabels.sharedInPartText,
    });
    const total = cut.title.length + cut.sections.reduce((n, s) => n + s.label.length + s.text.length, 0);
    expect(total).toBeLessThanOrEqual(practiceLimits.documentText + 200);
  });

  it('never leaves an empty section, whatever the fields hold', () => {
    const { ports, vault, waits } = setting();
    const text = fc.oneof(fc.constantFrom('', ' ', '\n\t', hostileText), fc.string({ maxLength: 50 }));
    fc.assert(
      fc.property(text, text, text, text, (a, b, c, d) => {
        const meeting = makeMeeting(ports, {
          partIds: [waits.id],
          felt: a,
          needed: b,
          offered: c,
          bothTrue: d,
        });
        share(meeting, vault.get);
        const part = makePart(ports, {
          name: a.trim() || 'x',
          description: b,
          feels: c,
          bodyPlace: d.slice(0, 200),
        });
        share(part, vault.get);
      }),
      { numRuns: 100 },
    );
  });
});

describe('shared document words', () => {
  it('keep docs/CARE.md’s tone: no fixing, healing, resolving, removing and no exclamation marks', () => {
    const sentences: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') sentences.push(value);
      else if (typeof value === 'function')
        sentences.push(String((value as (...a: unknown[]) => unknown)('x', 'y')));
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(shareWords);
    collect(shareLabels);
    expect(sentences.length).toBeGreaterThan(120);
    for (const sentence of sentences) {
      for (const pattern of forbiddenInSharedWords) expect(pattern.test(sentence), sentence).toBe(false);
    }
  });
});
