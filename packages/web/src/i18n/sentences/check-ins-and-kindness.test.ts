import { checkInFacts, kindnessCopy, type RelationalCheckIn } from '@tend/core';
import { afterAll, describe, expect, it } from 'vitest';
import { activateLanguage } from '../activate.ts';
import { sayCheckInFacts } from './check-ins.ts';
import { sayKindnessWeek } from './kindness.ts';

/** Only the fields the line reads; the rest of a check-in does not change it. */
const checkIn = (afterwards: number | null, heldBoundary: string, abandonedMyself: string) =>
  ({ fields: { afterwards, heldBoundary, abandonedMyself } }) as unknown as RelationalCheckIn;

const every = [null, -2, -1, 0, 1, 2].flatMap((afterwards) =>
  ['yes', 'no'].flatMap((held) => ['yes', 'no'].map((abandoned) => checkIn(afterwards, held, abandoned))),
);

describe('a check-in’s facts and this week’s kindness, said in the language Tend speaks', () => {
  afterAll(() => activateLanguage('en'));

  it('reads in English exactly as core writes it', async () => {
    await activateLanguage('en');
    for (const c of every) expect(sayCheckInFacts(c)).toBe(checkInFacts(c));
    expect(sayKindnessWeek({ total: 0 })).toBe(kindnessCopy.none);
    expect(sayKindnessWeek({ total: 1 })).toBe(kindnessCopy.one);
    expect(sayKindnessWeek({ total: 12 })).toBe(kindnessCopy.many(12));
  });

  it('speaks German', async () => {
    await activateLanguage('de');
    expect(sayCheckInFacts(checkIn(2, 'yes', 'yes'))).toBe(
      'Gestärkt · eine Grenze gewahrt · mich selbst übergangen, um den Frieden zu wahren',
    );
    expect(sayCheckInFacts(checkIn(null, 'no', 'no'))).toBe('Eingecheckt, ohne weitere Notizen');
    expect(sayKindnessWeek({ total: 1 })).toBe('1 Moment der Freundlichkeit diese Woche.');
    expect(sayKindnessWeek({ total: 3 })).toBe('3 Momente der Freundlichkeit diese Woche.');
  });

  it('speaks Spanish', async () => {
    await activateLanguage('es');
    expect(sayCheckInFacts(checkIn(-2, 'yes', 'no'))).toBe('Sin energía · mantuve un límite');
    expect(sayKindnessWeek({ total: 1 })).toBe('1 momento de amabilidad esta semana.');
    expect(sayKindnessWeek({ total: 5 })).toBe('5 momentos de amabilidad esta semana.');
  });
});
