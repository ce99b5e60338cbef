import { writeJournalEntry } from '../journal/write-journal-entry.ts';
import { makeUuidV7 } from '../ids/uuid-v7.ts';
import { createPart } from '../parts/create-part.ts';
import { recordMeeting } from '../meetings/record-meeting.ts';
import { presences, stances } from '../meetings/meeting.ts';
import { beginGrief } from '../grief/begin-grief.ts';
import { addToGrief } from '../grief/add-to-grief.ts';
import { localDate } from '../journal/journal-entry.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import { recordKindness } from '../kindness/record-kindness.ts';
import { namePattern } from '../patterns/name-pattern.ts';
import { startPause } from '../pauses/start-pause.ts';
import { finishPause } from '../pauses/finish-pause.ts';
import { bodyNeeds, pauseNeeds } from '../pauses/pause.ts';
import { patternResponses } from '../meetings/meeting.ts';
import { addRelationship } from '../relationships/add-relationship.ts';
import { recordCheckIn } from '../check-ins/record-check-in.ts';
import { kindnessWhats } from '../kindness/kindness-moment.ts';
import type { DomainPorts } from '../ports.ts';
import { partNames, sampleText } from './sample-words.ts';
import { seededRandom, type SeededRandom } from './seeded.ts';

export interface GenerateOptions {
  readonly seed?: number;
  readonly years?: number;
  /** The last day of the generated history (ms). */
  readonly end?: number;
  /** How many records to reach in all; small daily kindness moments fill up to it. */
  readonly records?: number;
}

const day = 24 * 60 * 60 * 1000;

/**
 * A realistic vault of many years, the same for a given seed: parts met again and again, journal
 * entries, grief returned to, and many small kindness moments. Seeds benchmarks and journeys.
 */
export function generateVault(options: GenerateOptions = {}): VaultObject[] {
  const random = seededRandom(options.seed ?? 7);
  const years = options.years ?? 10;
  const end = options.end ?? Date.UTC(2026, 10, 1, 12);
  const start = end - Math.round(years * 365.25) * day;
  const clock = { at: start };
  const ports: DomainPorts = {
    clock: { now: () => clock.at },
    ids: { newId: () => makeUuidV7(clock.at, random.bytes(10)) },
  };
  const objects: VaultObject[] = [];
  const parts = makeParts(ports, random, objects);
  const patterns = makePatterns(ports, objects);
  const people = makeRelationships(ports, objects);
  for (let at = start; at < end; at += day) {
    clock.at = at + random.int(7, 22) * 60 * 60 * 1000;
    if (random.chance(0.7)) addJournalEntry(ports, random, objects);
    if (random.chance(0.6)) addMeeting(ports, random, objects, parts, clock.at);
    if (random.chance(0.01)) addGrief(ports, random, objects, parts);
    if (random.chance(0.35)) addPause(ports, random, objects, parts, patterns);
    if (random.chance(0.4)) addCheckIn(ports, random, objects, people);
  }
  fillWithKindness(ports, clock, random, objects, options.records ?? 30_000, end);
  return objects;
}

function makeParts(ports: DomainPorts, random: SeededRandom, objects: VaultObject[]): string[] {
  return partNames.map((name) => {
    const result = createPart(ports, { name, description: sampleText(random, 1, 2) });
    if (!result.ok) throw new Error(`generated part refused: ${result.problems.join()}`);
    objects.push(result.part);
    return result.part.id;
  });
}

const patternWords = [
  { when: 'someone is short with me', usually: 'go quiet and apologise', practising: 'asking what I need' },
  {
    when: 'I am tired at night',
    usually: 'keep scrolling',
    practising: 'putting the phone down and resting',
  },
  {
    when: 'plans change suddenly',
    usually: 'feel it is all my fault',
    practising: 'naming the disappointment',
  },
];

function makePatterns(ports: DomainPorts, objects: VaultObject[]): string[] {
  return patternWords.map((words) => {
    const result = namePattern(ports, words);
    if (!result.ok) throw new Error(`generated pattern refused: ${result.problems.join()}`);
    objects.push(result.pattern);
    return result.pattern.id;
  });
}

function addPause(
  ports: DomainPorts,
  random: SeededRandom,
  objects: VaultObject[],
  parts: string[],
  patterns: string[],
) {
  const started = startPause(ports, {
    intensity: random.int(4, 10),
    whatHappened: sampleText(random, 1, 2),
    partIds: random.chance(0.5) ? [random.pick(parts)] : [],
    bodyNeeds: [random.pick(bodyNeeds)],
    needs: [random.pick(pauseNeeds)],
  });
  if (!started.ok) return;
  const finished = finishPause(ports, started.pause, {
    intensityAfter: random.int(0, 6),
    response: random.pick(patternResponses.filter((r) => r !== 'noticed-afterwards')),
    patternId: random.pick(patterns),
  });
  objects.push(finished.ok ? finished.pause : started.pause);
}

const people = [
  { name: 'Sam', type: 'partner', lean: 1 },
  { name: 'Mum', type: 'family', lean: -1 },
  { name: 'Ari', type: 'friend', lean: 2 },
  { name: 'Jo', type: 'colleague', lean: 0 },
  { name: 'The choir', type: 'community', lean: 1 },
] as const;

function makeRelationships(ports: DomainPorts, objects: VaultObject[]): { id: string; lean: number }[] {
  return people.map(({ name, type, lean }) => {
    const result = addRelationship(ports, { name, type, path: 'evolving' });
    if (!result.ok) throw new Error(`generated relationship refused: ${result.problems.join()}`);
    objects.push(result.relationship);
    return { id: result.relationship.id, lean };
  });
}

/** Each person leans one way (Ari nourishes, Mum often depletes), with ordinary ups and downs. */
function addCheckIn(
  ports: DomainPorts,
  random: SeededRandom,
  objects: VaultObject[],
  people: { id: string; lean: number }[],
) {
  const person = random.pick(people);
  const afterwards = Math.max(-2, Math.min(2, person.lean + random.int(-1, 1)));
  const result = recordCheckIn(ports, {
    relationshipId: person.id,
    afterwards,
    abandonedMyself: afterwards < 0 && random.chance(0.5) ? 'yes' : 'no',
    heldBoundary: random.pick(['yes', 'no', 'did-not-need-to'] as const),
    note: random.chance(0.3) ? sampleText(random, 1, 2) : '',
  });
  if (result.ok) objects.push(result.checkIn);
}

function addJournalEntry(ports: DomainPorts, random: SeededRandom, objects: VaultObject[]): void {
  const result = writeJournalEntry(ports, {
    date: localDate(ports.clock.now()),
    title: random.chance(0.5) ? sampleText(random, 1, 1).replace(/[.,].*$/, '') : '',
    body: sampleText(random, 2, 12),
  });
  if (result.ok) objects.push(result.entry);
}

function addMeeting(
  ports: DomainPorts,
  random: SeededRandom,
  objects: VaultObject[],
  parts: string[],
  when: number,
) {
  const before = random.int(3, 10);
  const result = recordMeeting(ports, {
    when,
    partIds: [random.pick(parts)],
    broughtForward: sampleText(random, 1, 2),
    felt: sampleText(random, 1, 1),
    stances: [random.pick(stances)],
    presence: random.pick(presences),
    intensityBefore: before,
    intensityAfter: Math.max(0, before - random.int(0, 4)),
    projection: random.chance(0.2)
      ? { onWhom: 'my manager', recognisedAfter: { amount: random.int(1, 48), unit: 'hours' } }
      : null,
  });
  if (result.ok) objects.push(result.meeting);
}

function addGrief(ports: DomainPorts, random: SeededRandom, objects: VaultObject[], parts: string[]) {
  const begun = beginGrief(ports, {
    what: random.pick([
      'past-self',
      'unlived-timeline',
      'relationship-that-may-not-evolve',
      'role-being-put-down',
    ] as const),
    title: 'What I am letting myself grieve',
    partId: random.pick(parts),
    text: sampleText(random, 2, 5),
  });
  if (!begun.ok) return;
  let grief = begun.grief;
  for (let i = random.int(0, 4); i > 0; i -= 1) {
    const added = addToGrief(ports, grief, sampleText(random, 1, 4));
    if (added.ok) grief = added.grief;
  }
  objects.push(grief);
}

const everydayKindness = kindnessWhats.filter((what) => what !== 'own-words');

/** Small one-tap moments spread evenly over the years, up to the wanted number of records. */
function fillWithKindness(
  ports: DomainPorts,
  clock: { at: number },
  random: SeededRandom,
  objects: VaultObject[],
  target: number,
  end: number,
) {
  const start = objects[0]?.createdAt ?? end;
  const missing = target - objects.length;
  for (let i = 0; i < missing; i += 1) {
    clock.at = start + Math.floor(((end - start) * i) / Math.max(1, missing));
    const result = recordKindness(ports, { what: random.pick(everydayKindness) });
    if (!result.ok) throw new Error(`generated kindness refused: ${result.problems.join()}`);
    objects.push(result.moment);
  }
}
