import data from './crisis-lines.json' with { type: 'json' };

export interface CrisisLine {
  readonly name: string;
  readonly phone?: string;
  readonly text?: string;
  readonly hours: string;
  /** Where the entry was checked: the service's own site, written out, never linked from the app. */
  readonly source: string;
  readonly lastChecked: string;
}

export interface CrisisRegion {
  readonly code: string;
  readonly name: string;
  readonly emergency: string;
  readonly lines: readonly CrisisLine[];
}

export const crisisRegions: readonly CrisisRegion[] = data.regions;

/** The person's chosen region, or the "somewhere else" list when none is chosen. */
export function crisisRegion(code: string | null | undefined): CrisisRegion {
  const fallback = crisisRegions[crisisRegions.length - 1];
  const found = crisisRegions.find((region) => region.code === code) ?? fallback;
  if (!found) throw new Error('crisis line data is empty');
  return found;
}
