import { describeBringIn, type BringInPlan, type BringInReading } from '@tend/core';
import { afterAll, describe, expect, it } from 'vitest';
import { activateLanguage } from '../activate.ts';
import { sayBringIn } from './bring-in.ts';

const plan = (counts: Partial<BringInPlan>): BringInPlan => ({
  objects: [],
  newEntries: 0,
  newKindness: 0,
  alreadyHere: 0,
  deletedEntries: 0,
  deletedKindness: 0,
  span: null,
  ...counts,
});

const unread = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ where: `row ${i + 2}`, why: i % 2 ? 'empty' : 'no-date' }) as const);

const reading = (source: BringInReading['source'], unreadCount: number, photos: number): BringInReading => ({
  source,
  entries: [],
  activities: [],
  unread: unread(unreadCount),
  leftOut: { photos },
});

const nothing = plan({});
const twoAndOne = plan({ newEntries: 2, newKindness: 1, span: { from: '2019-03-05', to: '2024-01-01' } });
const someHere = plan({ newKindness: 3, alreadyHere: 1, deletedEntries: 1 });
const plans = [
  nothing,
  plan({ newEntries: 1, span: { from: '2024-01-01', to: '2024-03-01' } }),
  twoAndOne,
  someHere,
  plan({ alreadyHere: 4, deletedEntries: 1, deletedKindness: 1 }),
  plan({ deletedKindness: 2 }),
];
const clean = reading('daylio', 0, 0);
const oneRow = reading('daylio', 1, 1);
const manyParts = reading('day-one', 7, 3);
const readings = [clean, oneRow, manyParts, reading('text', 2, 0)];

describe('a bring-in’s preview said in the language Tend speaks', () => {
  afterAll(() => activateLanguage('en'));

  it('reads in English exactly as core writes it', async () => {
    await activateLanguage('en');
    for (const p of plans) for (const r of readings) expect(sayBringIn(r, p)).toEqual(describeBringIn(r, p));
  });

  it('speaks German', async () => {
    await activateLanguage('de');
    expect(sayBringIn(oneRow, twoAndOne)).toEqual([
      '2 Einträge aus 2019–2024 und 1 Moment der Freundlichkeit kommen hinzu.',
      '1 Zeile konnte nicht gelesen werden: row 2 (kein Datum, das Tend lesen konnte).',
      '1 Foto wurde weggelassen; Tend übernimmt nur die Worte.',
    ]);
    expect(sayBringIn(clean, someHere)).toEqual([
      '3 Momente der Freundlichkeit kommen hinzu.',
      '1 Eintrag ist schon in deinem Tresor und bleibt, wie er ist.',
      '1 Eintrag, den du gelöscht hast, bleibt außen vor.',
    ]);
  });

  it('speaks Spanish', async () => {
    await activateLanguage('es');
    expect(sayBringIn(manyParts, nothing)).toEqual([
      'No se añadirá nada nuevo.',
      'No se pudieron leer 7 partes: row 2 (ninguna fecha que Tend pudiera leer), row 3 (nada escrito), row 4 (ninguna fecha que Tend pudiera leer), row 5 (nada escrito), row 6 (ninguna fecha que Tend pudiera leer) y 2 más.',
      'Se dejaron fuera 3 fotos; Tend solo trae las palabras.',
    ]);
  });
});
