/** Whether the vault should lock: the person has been away longer than they chose. 0 minutes: never. */
export function isIdleTooLong(lastActivity: number, now: number, minutes: number): boolean {
  if (!Number.isFinite(minutes) || minutes <= 0) return false;
  return now - lastActivity >= minutes * 60_000;
}

/** Events that say a person is here; pointer moves are left out (they fire constantly and say little). */
export const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input', 'scroll'] as const;

/** How often to look at the clock; a locked vault may stay open up to this much past the limit. */
export const idleCheckMs = 10_000;
