import { isUuid } from '../ids/uuid-v7.ts';

/**
 * Small shape checks for fields read back from the vault, shared by parts, meetings and grief.
 * They answer "is this the right type", not "is this a good value" (that is each check* function).
 */
export const isString = (value: unknown): value is string => typeof value === 'string';

export const isNullableString = (value: unknown): value is string | null => value === null || isString(value);

export const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every(isString);
}

/** A type guard for one value of a closed list of the product's words. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return isString(value) && (values as readonly string[]).includes(value);
}

export function hasRepeats(values: readonly string[]): boolean {
  return new Set(values).size !== values.length;
}

/** A record id, or null when nothing is linked. */
export function isOptionalId(value: string | null): boolean {
  return value === null || isUuid(value);
}
