import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react';
import { Trans } from '@lingui/react/macro';
import { useSyncExternalStore } from 'react';
import { Link } from '../../router/router.tsx';
import './locked.css';
import { useApp } from '../../state/app-provider.tsx';

function waitingText(count: number): string {
  return plural(count, {
    one: 'One thing you wrote while locked is waiting to be added to your vault.',
    other: '# things you wrote while locked are waiting to be added to your vault.',
  });
}

/** On the locked screen: the moment-of-need screens, reachable without unlocking. */
export function WriteWhileLocked() {
  // Said again in the new language when it changes.
  useLingui();
  const { vault } = useApp();
  const waiting = useSyncExternalStore(vault.subscribe, vault.lockedInbox.waiting, vault.lockedInbox.waiting);
  if (!vault.lockedInbox.isReady()) return null;
  return (
    <section className="write-while-locked" aria-labelledby="write-locked-heading">
      <h2 id="write-locked-heading">
        <Trans>Without unlocking</Trans>
      </h2>
      <p>
        <Trans>
          You can pause, write in your journal or note a kindness moment now. It is sealed on this device and
          added to your vault when you unlock it.
        </Trans>
      </p>
      <ul className="locked-links">
        <li>
          <Link to="/pause">
            <Trans>Pause</Trans>
          </Link>
        </li>
        <li>
          <Link to="/journal/new">
            <Trans>Write in your journal</Trans>
          </Link>
        </li>
        <li>
          <Link to="/kindness">
            <Trans>Note a kindness moment</Trans>
          </Link>
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
