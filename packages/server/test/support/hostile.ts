import { maxBodyBytes } from '@tend/contract';
import { toBase64Url } from '@tend/core';
import fc from 'fast-check';

/** Strings that have broken servers before: injection, traversal, prototype keys, control bytes, size. */
export const hostileSamples = [
  '__proto__',
  'constructor',
  "'; DROP TABLE accounts; --",
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  '\uD800',
  '\u202E',
  '${7*7}',
  '{{7*7}}',
  'null',
  'NaN',
  '-0',
  '1e309',
  '9007199254740993',
  '2147483648',
  '4294967296',
  'A'.repeat(10_000),
];

export const hostileText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom(...hostileSamples),
);

/** Any JSON value, or a number JSON cannot spell exactly. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(-1, 0, 1.5, 2 ** 53, -(2 ** 31), 1e308, null, true, [], {}),
  bigIntegers(),
);

/** Integers at and past the edges of 32-bit columns and of exact doubles. */
export function bigIntegers(): fc.Arbitrary<number> {
  return fc.constantFrom(
    2 ** 31 - 2,
    2 ** 31 - 1,
    2 ** 31,
    2 ** 32,
    2 ** 53 - 1,
    2 ** 53 + 2,
    -(2 ** 31) - 1,
  );
}

/** Either a valid value for a field, or something hostile in its place. */
export const fieldOr = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 7 }, { arbitrary: hostileValue, weight: 1 });

export const bytesB64 = (min: number, max = min) =>
  fc.uint8Array({ minLength: min, maxLength: max }).map(toBase64Url);

/** A header value the Fetch API will carry (printable, Latin-1), possibly hostile in meaning. */
export const headerText = fc.oneof(
  fc.stringMatching(/^[\x20-\x7e]{0,60}$/),
  fc.constantFrom('application/json', '1', 'null', 'http://localhost', '\u00ff\u00fe'),
);

const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** Raw bodies: JSON of any shape, plain text, bytes, deep nesting, one byte over the limit. */
export const rawBody = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)), weight: 3 },
  { arbitrary: hostileText, weight: 2 },
  { arbitrary: fc.uint8Array({ maxLength: 300 }), weight: 1 },
  { arbitrary: fc.constantFrom(deep(50_000), '['.repeat(50_000), '{"a":'.repeat(20_000)), weight: 1 },
  { arbitrary: fc.constant(`"${'x'.repeat(maxBodyBytes)}"`), weight: 1 },
);
