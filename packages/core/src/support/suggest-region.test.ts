import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crisisRegions, elsewhereRegion } from './crisis-lines.ts';
import { suggestRegion, type DeviceHints } from './suggest-region.ts';

describe('suggestRegion', () => {
  const cases: readonly [string, DeviceHints, ReturnType<typeof suggestRegion>][] = [
    ['a UK time zone', { locales: ['en-GB'], timeZone: 'Europe/London' }, { code: 'GB', basis: 'time-zone' }],
    [
      'the zone over a US default language',
      { locales: ['en-US'], timeZone: 'Europe/Berlin' },
      { code: 'DE', basis: 'time-zone' },
    ],
    [
      'a legacy zone name',
      { locales: ['hi-IN'], timeZone: 'Asia/Calcutta' },
      { code: 'IN', basis: 'time-zone' },
    ],
    [
      'Canada, not the United States',
      { locales: ['en-US'], timeZone: 'America/Toronto' },
      { code: 'CA', basis: 'time-zone' },
    ],
    [
      'the Canary Islands',
      { locales: ['es'], timeZone: 'Atlantic/Canary' },
      { code: 'ES', basis: 'time-zone' },
    ],
    ['a place not in the list, whatever the language', { locales: ['en-US'], timeZone: 'Asia/Tokyo' }, null],
    [
      'the language when the zone says nothing',
      { locales: ['fr-FR'], timeZone: 'UTC' },
      { code: 'FR', basis: 'language' },
    ],
    [
      'the first language that names a listed region',
      { locales: ['en', 'ja-JP', 'nl-NL'], timeZone: 'Etc/GMT-1' },
      { code: 'NL', basis: 'language' },
    ],
    [
      'the language chosen for Tend before the device’s other languages',
      { locales: ['en-GB'], timeZone: 'UTC', language: 'de' },
      { code: 'DE', basis: 'chosen-language' },
    ],
    [
      'the device’s own variant of the chosen language first',
      { locales: ['en-US', 'es-MX', 'es-ES'], timeZone: 'Etc/UTC', language: 'es' },
      { code: 'ES', basis: 'language' },
    ],
    [
      'the device’s own variant of the chosen language where it is listed',
      { locales: ['fr-FR', 'en-IE'], timeZone: undefined, language: 'en' },
      { code: 'IE', basis: 'language' },
    ],
    [
      'the zone over the chosen language',
      { locales: ['en-GB'], timeZone: 'Europe/London', language: 'es' },
      { code: 'GB', basis: 'time-zone' },
    ],
    ['nothing at all', { locales: [] }, null],
    ['a language without a region', { locales: ['de'], timeZone: undefined }, null],
    ['a malformed language tag', { locales: ['not a tag!'], timeZone: '' }, null],
  ];

  it.each(cases)('%s', (_, hints, expected) => {
    expect(suggestRegion(hints)).toEqual(expected);
  });

  it('only ever suggests a region that has crisis lines, never "somewhere else"', () => {
    const codes = new Set(crisisRegions.map((r) => r.code));
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 4 }),
        fc.option(fc.string()),
        fc.option(fc.constantFrom('en', 'de', 'es', 'fr', 'ja', 'not a tag!')),
        (locales, zone, language) => {
          const suggestion = suggestRegion({
            locales,
            timeZone: zone ?? undefined,
            language: language ?? undefined,
          });
          if (suggestion === null) return;
          expect(codes.has(suggestion.code)).toBe(true);
          expect(suggestion.code).not.toBe(elsewhereRegion);
        },
      ),
    );
  });
});
