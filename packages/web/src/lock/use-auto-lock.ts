import { useEffect } from 'react';
import { activityEvents, idleCheckMs, isIdleTooLong } from './idle.ts';

/**
 * Locks the vault after `minutes` with no key or pointer activity. A hidden page has no activity, so
 * it locks too; timers slow down while hidden, so the check runs again as the page comes back.
 */
export function useAutoLock(minutes: number, lock: () => void): void {
  useEffect(() => {
    let lastActivity = Date.now();
    const onActivity = () => {
      lastActivity = Date.now();
    };
    const check = () => {
      if (isIdleTooLong(lastActivity, Date.now(), minutes)) lock();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') check();
    };
    for (const name of activityEvents)
      window.addEventListener(name, onActivity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    const timer = setInterval(check, idleCheckMs);
    return () => {
      for (const name of activityEvents) window.removeEventListener(name, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      clearInterval(timer);
    };
  }, [minutes, lock]);
}
