import { crisisRegions, elsewhereRegion } from './crisis-lines.ts';
import { regionTimeZones } from './region-time-zones.ts';

/** What the device says about where it is, read on the device and never sent anywhere. */
export interface DeviceHints {
  /** The languages the person set, most preferred first (`navigator.languages`). */
  readonly locales: readonly string[];
  /** The IANA time zone (`Intl.DateTimeFormat().resolvedOptions().timeZone`), if known. */
  readonly timeZone?: string | undefined;
  /**
   * The language the person chose for Tend itself ("de"), if they chose one. Its own region's lines
   * come before those of the device's other languages (Deutsch: Germany's, Español: Spain's).
   */
  readonly language?: string | undefined;
}

export interface RegionSuggestion {
  readonly code: string;
  /** What the suggestion rests on, so the screen can say so plainly. */
  readonly basis: 'time-zone' | 'language' | 'chosen-language';
}

const zoneToRegion: ReadonlyMap<string, string> = new Map(
  Object.entries(regionTimeZones).flatMap(([code, zones]) => zones.map((zone) => [zone, code] as const)),
);

const listed = new Set(crisisRegions.map((r) => r.code).filter((code) => code !== elsewhereRegion));

/** A zone that names a place; "UTC" and "Etc/GMT+3" say nothing about where someone is. */
function isPlaceZone(zone: string): boolean {
  return zone.includes('/') && !zone.startsWith('Etc/');
}

function regionOfLocale(tag: string, likely = false): string | null {
  try {
    const locale = new Intl.Locale(tag);
    const region = (likely ? locale.maximize() : locale).region?.toUpperCase();
    return region && listed.has(region) ? region : null;
  } catch {
    return null;
  }
}

function languageOf(tag: string): string {
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return '';
  }
}

/**
 * The regions the languages name, in the order they count: the device's own variants of the language
 * chosen for Tend (de-AT, de-DE), then that language's home region, then the device's other languages.
 */
function regionsOfLanguages(hints: DeviceHints): RegionSuggestion[] {
  const chosen = hints.language ? languageOf(hints.language) : '';
  const ofChosen = hints.locales.filter((tag) => chosen !== '' && languageOf(tag) === chosen);
  const others = hints.locales.filter((tag) => !ofChosen.includes(tag));
  const suggestion = (code: string | null, basis: RegionSuggestion['basis']) =>
    code ? [{ code, basis }] : [];
  return [
    ...ofChosen.flatMap((tag) => suggestion(regionOfLocale(tag), 'language')),
    ...(chosen ? suggestion(regionOfLocale(chosen, true), 'chosen-language') : []),
    ...others.flatMap((tag) => suggestion(regionOfLocale(tag), 'language')),
  ];
}

/**
 * A region to start Support now with, before the person chooses one. The time zone says more about
 * where a person is than the language (many devices say "en-US" everywhere), so it decides; a place's
 * zone that is not in the list means no region fits, even if a language names one. Only without a
 * place's zone do the languages decide, the one chosen for Tend first. Null: show the numbers for "somewhere else".
 */
export function suggestRegion(hints: DeviceHints): RegionSuggestion | null {
  const zone = hints.timeZone?.trim() ?? '';
  const fromZone = zoneToRegion.get(zone);
  if (fromZone && listed.has(fromZone)) return { code: fromZone, basis: 'time-zone' };
  if (isPlaceZone(zone)) return null;
  return regionsOfLanguages(hints)[0] ?? null;
}
