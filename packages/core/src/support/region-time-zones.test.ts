import {
  getAllCountries,
  getTimezone,
  getTimezonesForCountry,
  type CountryCode,
} from 'countries-and-timezones';
import { describe, expect, it } from 'vitest';
import { crisisRegions, elsewhereRegion } from './crisis-lines.ts';
import { regionTimeZones } from './region-time-zones.ts';

const countries = getAllCountries();
const isCountryCode = (code: string): code is CountryCode => code in countries;
const codes = crisisRegions.map((r) => r.code).filter((code) => code !== elsewhereRegion);
const countryCodes = codes.filter(isCountryCode);

/** Zones the tz database gives to this country alone: a zone shared by several says nothing. */
function zonesOnlyIn(code: CountryCode): string[] {
  return (getTimezonesForCountry(code, { deprecated: true }) ?? [])
    .map((zone) => zone.name)
    .filter((name) => getTimezone(name)?.countries.length === 1);
}

describe('regionTimeZones', () => {
  it('has an entry for every listed region, and no other', () => {
    expect(countryCodes).toEqual(codes);
    expect(Object.keys(regionTimeZones).sort()).toEqual([...codes].sort());
  });

  it.each(countryCodes)('holds every zone that is %s’s alone, legacy names included', (code) => {
    const zones = zonesOnlyIn(code);
    expect(regionTimeZones[code]?.length).toBeGreaterThan(0);
    expect(zones.filter((zone) => !regionTimeZones[code]?.includes(zone))).toEqual([]);
  });

  it.each(countryCodes)('gives %s no zone the tz database places elsewhere', (code) => {
    const elsewhere = (regionTimeZones[code] ?? []).filter((zone) => {
      const placed = getTimezone(zone)?.countries;
      return placed !== undefined && placed.length > 0 && !placed.includes(code);
    });
    expect(elsewhere).toEqual([]);
  });

  it('gives each zone to one region only', () => {
    const all = Object.values(regionTimeZones).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});
