import data from './crisis-lines.json' with { type: 'json' };

export interface CrisisLine {
  readonly name: string;
  readonly phone?: string;
  readonly text?: string;
  /** A web address the person can open themselves (a directory, a chat); never fetched by the app. */
  readonly url?: string;
  readonly hours: string;
  /** Where the entry was checked: the service's own site, written out. */
  readonly source: string;
  readonly lastChecked: string;
}

export interface CrisisRegion {
  readonly code: string;
  readonly name: string;
  readonly emergency: string;
  /** Where the emergency number was checked, and when; absent for "somewhere else". */
  readonly emergencySource?: string;
  readonly emergencyLastChecked?: string;
  readonly lines: readonly CrisisLine[];
}

/** A common emergency number and where it works, for a person whose region is not in the list. */
export interface CommonEmergencyNumber {
  readonly number: string;
  readonly where: string;
  readonly source: string;
  readonly lastChecked: string;
}

/** The code of the "somewhere else" entry: no region of the list fits. */
export const elsewhereRegion = 'ZZ';

export const crisisRegions: readonly CrisisRegion[] = data.regions;

export const commonEmergencyNumbers: readonly CommonEmergencyNumber[] = data.common;

/** The region with this code, or the "somewhere else" list when none fits. */
export function crisisRegion(code: string | null | undefined): CrisisRegion {
  const fallback = crisisRegions.find((region) => region.code === elsewhereRegion);
  const found = crisisRegions.find((region) => region.code === code) ?? fallback;
  if (!found) throw new Error('crisis line data is empty');
  return found;
}
