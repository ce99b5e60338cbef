import type { DeviceHints } from '@tend/core';
import { languageState } from '../../i18n/language-choice.ts';

/**
 * The device's languages and time zone, and the language the person chose for Tend if they chose
 * one, read here and never sent anywhere.
 */
export function deviceHints(): DeviceHints {
  const { choice } = languageState();
  let timeZone: string | undefined;
  try {
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    timeZone = undefined;
  }
  return {
    locales: navigator.languages ?? [navigator.language],
    timeZone,
    language: choice === 'system' ? undefined : choice,
  };
}
