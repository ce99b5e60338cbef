import type { DeviceHints } from '@tend/core';

/** The device's languages and time zone, read here and never sent anywhere. */
export function deviceHints(): DeviceHints {
  let timeZone: string | undefined;
  try {
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    timeZone = undefined;
  }
  return { locales: navigator.languages ?? [navigator.language], timeZone };
}
