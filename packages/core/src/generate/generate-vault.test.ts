import { describe, expect, it } from 'vitest';
import { isGrief } from '../grief/check-grief.ts';
import { isKindnessMoment } from '../kindness/check-kindness.ts';
import { isPattern } from '../patterns/check-pattern.ts';
import { isPause } from '../pauses/check-pause.ts';
import { isCheckIn } from '../check-ins/check-check-in.ts';
import { isRelationship } from '../relationships/check-relationship.ts';
import { isJournalEntry } from '../journal/journal-entry.ts';
import { isMeeting } from '../meetings/check-meeting.ts';
import { isPart } from '../parts/check-part.ts';
import { parseVaultObject } from '../vault/parse-vault-object.ts';
import { stableJson } from '../vault/vault-object.ts';
import { generateVault } from './generate-vault.ts';

describe('generateVault', () => {
  const vault = generateVault({ seed: 3, years: 10, records: 30_000 });

  it('makes 30,000 well-formed records over ten years', () => {
    expect(vault).toHaveLength(30_000);
    expect(new Set(vault.map((o) => o.id)).size).toBe(30_000);
    expect(vault.every((o) => parseVaultObject(JSON.parse(JSON.stringify(o))) !== null)).toBe(true);
  });

  it('holds every kind the domain knows, each valid by its own guard', () => {
    const count = (guard: (o: (typeof vault)[number]) => boolean) => vault.filter(guard).length;
    expect(count(isPart)).toBe(10);
    expect(count(isMeeting)).toBeGreaterThan(1500);
    expect(count(isJournalEntry)).toBeGreaterThan(2000);
    expect(count(isGrief)).toBeGreaterThan(10);
    expect(count(isKindnessMoment)).toBeGreaterThan(10_000);
    expect(count(isPattern)).toBe(3);
    expect(count(isPause)).toBeGreaterThan(1000);
    expect(count(isRelationship)).toBe(5);
    expect(count(isCheckIn)).toBeGreaterThan(1000);
  });

  it('is the same for the same seed', () => {
    const again = generateVault({ seed: 3, years: 1, records: 500 });
    expect(stableJson(again)).toBe(stableJson(generateVault({ seed: 3, years: 1, records: 500 })));
  });
});
