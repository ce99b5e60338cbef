import { commonEmergencyNumbers, crisisRegions } from '@tend/core';
import { describe, expect, it } from 'vitest';
import { crisisDataWord } from './crisis-words.ts';

describe('the words of the crisis-line data', () => {
  it('are all in the catalogues, so every region reads in the language Tend speaks', () => {
    const unknown = '\u0000';
    const known = (english: string) => crisisDataWord(() => 'in the catalogue', english) !== english;
    const words = [
      ...crisisRegions.flatMap((region) => [region.name, ...region.lines.map((line) => line.hours)]),
      ...commonEmergencyNumbers.map((entry) => entry.where),
    ];
    expect(words.filter((word) => !known(word))).toEqual([]);
    expect(crisisDataWord(() => 'in the catalogue', unknown)).toBe(unknown);
  });
});
