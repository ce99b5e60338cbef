import { useEffect } from 'react';
import { activityEvents, idleCheckMs, isIdleTooLong } from './idle.ts';

/**
 * Locks the vault after `minutes` with no key or pointer activity. A hidden page has no activity, so
 * it locks too; timers slow down while hidden, so the check runs again as the page comes back.
 * `onActivity` hears each sign that the person is here (a remembered device's time starts again).
 */
export function useAutoLock(
  minutes: number,
  lock: () => void,
  onActivity: () => void = () => undefined,
): void {
  useEffect(() => {
    let lastActivity = Date.now();
    const onActivityEvent = () => {
      lastActivity = Date.now();
      onActivity();
    };
    const check = () => {
      if (isIdleTooLong(lastActivity, Date.now(), minutes)) lock();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') check();
    };
    for (const name of activityEvents)
      window.addEventListener(name, onActivityEvent, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    const timer = setInterval(check, idleCheckMs);
    return () => {
      for (const name of activityEvents) window.removeEventListener(name, onActivityEvent, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      clearInterval(timer);
    };
  }, [minutes, lock, onActivity]);
}
