import { crisisRegions, elsewhereRegion } from './crisis-lines.ts';
import { regionTimeZones } from './region-time-zones.ts';

/** What the device says about where it is, read on the device and never sent anywhere. */
export interface DeviceHints {
  /** The languages the person set, most preferred first (`navigator.languages`). */
  readonly locales: readonly string[];
  /** The IANA time zone (`Intl.DateTimeFormat().resolvedOptions().timeZone`), if known. */
  readonly timeZone?: string | undefined;
}

export interface RegionSuggestion {
  readonly code: string;
  /** What the suggestion rests on, so the screen can say so plainly. */
  readonly basis: 'time-zone' | 'language';
}

const zoneToRegion: ReadonlyMap<string, string> = new Map(
  Object.entries(regionTimeZones).flatMap(([code, zones]) => zones.map((zone) => [zone, code] as const)),
);

const listed = new Set(crisisRegions.map((r) => r.code).filter((code) => code !== elsewhereRegion));

/** A zone that names a place; "UTC" and "Etc/GMT+3" say nothing about where someone is. */
function isPlaceZone(zone: string): boolean {
  return zone.includes('/') && !zone.startsWith('Etc/');
}

function regionOfLocale(tag: string): string | null {
  try {
    const region = new Intl.Locale(tag).region?.toUpperCase();
    return region && listed.has(region) ? region : null;
  } catch {
    return null;
  }
}

/**
 * A region to start Support now with, before the person chooses one. The time zone says more about
 * where a person is than the language (many devices say "en-US" everywhere), so it decides; a place's
 * zone that is not in the list means no region fits, even if a language names one. Only without a
 * place's zone does the language decide. Null: show the numbers for "somewhere else".
 */
export function suggestRegion(hints: DeviceHints): RegionSuggestion | null {
  const zone = hints.timeZone?.trim() ?? '';
  const fromZone = zoneToRegion.get(zone);
  if (fromZone && listed.has(fromZone)) return { code: fromZone, basis: 'time-zone' };
  if (isPlaceZone(zone)) return null;
  for (const tag of hints.locales) {
    const code = regionOfLocale(tag);
    if (code) return { code, basis: 'language' };
  }
  return null;
}
