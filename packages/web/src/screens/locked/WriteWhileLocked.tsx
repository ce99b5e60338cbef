import { useSyncExternalStore } from 'react';
import { Link } from '../../router/router.tsx';
import './locked.css';
import { useApp } from '../../state/app-provider.tsx';

function waitingText(count: number): string {
  return count === 1
    ? 'One thing you wrote while locked is waiting to be added to your vault.'
    : `${count} things you wrote while locked are waiting to be added to your vault.`;
}

/** On the locked screen: the moment-of-need screens, reachable without unlocking. */
export function WriteWhileLocked() {
  const { vault } = useApp();
  const waiting = useSyncExternalStore(vault.subscribe, vault.lockedInbox.waiting, vault.lockedInbox.waiting);
  if (!vault.lockedInbox.isReady()) return null;
  return (
    <section className="write-while-locked" aria-labelledby="write-locked-heading">
      <h2 id="write-locked-heading">Without unlocking</h2>
      <p>
        You can pause, write in your journal or note a kindness moment now. It is sealed on this device and
        added to your vault when you unlock it.
      </p>
      <ul className="locked-links">
        <li>
          <Link to="/pause">Pause</Link>
        </li>
        <li>
          <Link to="/journal/new">Write in your journal</Link>
        </li>
        <li>
          <Link to="/kindness">Note a kindness moment</Link>
        </li>
      </ul>
      {waiting > 0 ? (
        <p className="plain-note" role="status">
          {waitingText(waiting)}
        </p>
      ) : null}
    </section>
  );
}
