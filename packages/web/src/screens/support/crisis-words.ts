import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';

/**
 * The words of the crisis-line data (core's crisis-lines.json) a person reads around the names and
 * numbers: region names, opening hours and where a common number works. The data stays as it is,
 * one list per region; its English words are the keys here, shown in the language Tend speaks.
 * A service's own name is never translated.
 */
const dataWords: Readonly<Record<string, MessageDescriptor>> = {
  'United States': msg`United States`,
  Canada: msg`Canada`,
  'United Kingdom': msg`United Kingdom`,
  Ireland: msg`Ireland`,
  Australia: msg`Australia`,
  'Aotearoa New Zealand': msg`Aotearoa New Zealand`,
  Deutschland: msg`Deutschland`,
  France: msg`France`,
  Nederland: msg`Nederland`,
  España: msg`España`,
  India: msg`India`,
  'Somewhere else': msg`Somewhere else`,
  '24 hours, every day': msg`24 hours, every day`,
  'Directory of free, confidential lines by country': msg`Directory of free, confidential lines by country`,
  'Most of Europe, India, and from most mobile phones in many other countries': msg`Most of Europe, India, and from most mobile phones in many other countries`,
  'United States, Canada, Mexico and much of the Americas': msg`United States, Canada, Mexico and much of the Americas`,
  'United Kingdom, Ireland, Hong Kong, Malaysia': msg`United Kingdom, Ireland, Hong Kong, Malaysia`,
  'Japan and South Korea (ambulance and fire)': msg`Japan and South Korea (ambulance and fire)`,
};

/** A word of the crisis-line data in the language Tend speaks; data not in the table shows as written. */
export function crisisDataWord(
  translate: (descriptor: MessageDescriptor) => string,
  english: string,
): string {
  const descriptor = dataWords[english];
  return descriptor ? translate(descriptor) : english;
}
