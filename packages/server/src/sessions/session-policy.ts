const day = 24 * 60 * 60 * 1000;

/** A session ends after 30 idle days; its last-seen time is written at most hourly, not per request. */
export const sessionPolicy = {
  idleMs: 30 * day,
  touchEveryMs: 60 * 60 * 1000,
} as const;
