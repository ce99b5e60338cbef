import { relationshipWeb, type RelationalCheckIn, type Relationship } from '@tend/core';
import { afterAll, describe, expect, it } from 'vitest';
import { activateLanguage } from '../activate.ts';
import { sayRelationshipWebEntry } from './relationship-web.ts';

const now = Date.UTC(2026, 5, 1);
const day = 24 * 60 * 60 * 1000;
const person = (id: string) => ({ id, fields: { name: id, path: [] } }) as unknown as Relationship;
/** Only what the web reads: with whom, when, and how they came away. */
const checkIn = (relationshipId: string, daysAgo: number, afterwards: number | null) =>
  ({
    id: `${relationshipId}${daysAgo}`,
    fields: { relationshipId, at: now - daysAgo * day, afterwards },
  }) as unknown as RelationalCheckIn;

const people = ['few', 'good', 'hard', 'mixed', 'twice'].map(person);
const checkIns = [
  checkIn('few', 1, 2),
  ...[1, 2, 3].map((d) => checkIn('good', d, 1)),
  ...[1, 2, 3].map((d) => checkIn('hard', d, -2)),
  checkIn('mixed', 1, 1),
  checkIn('mixed', 2, -1),
  checkIn('mixed', 3, 0),
  ...[1, 2].map((d) => checkIn('twice', d, 1)),
  ...[3, 4].map((d) => checkIn('twice', d, -1)),
];

describe('why each line of the web is drawn as it is, in the language Tend speaks', () => {
  afterAll(() => activateLanguage('en'));

  it('reads in English exactly as core writes it', async () => {
    await activateLanguage('en');
    const entries = relationshipWeb(people, checkIns, now);
    expect(new Set(entries.map((e) => e.feeling)).size).toBe(4);
    for (const entry of entries) expect(sayRelationshipWebEntry(entry)).toBe(entry.explanation);
  });

  it('speaks German and Spanish', async () => {
    const mixed = relationshipWeb(people, checkIns, now)[4];
    await activateLanguage('de');
    expect(mixed && sayRelationshipWebEntry(mixed)).toBe(
      'In den letzten 8 Wochen hast du dich danach zweimal gestärkt und zweimal ausgelaugt gefühlt.',
    );
    await activateLanguage('es');
    expect(mixed && sayRelationshipWebEntry(mixed)).toBe(
      'En las últimas 8 semanas te quedaste con energía renovada dos veces y sin energía dos veces.',
    );
  });
});
