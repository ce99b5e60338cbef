import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react';
import { Trans } from '@lingui/react/macro';
import { useCallback, useState, useSyncExternalStore } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import './locked.css';

function openedText(added: number, refused: number): string {
  const parts: string[] = [];
  if (added > 0)
    parts.push(
      plural(added, {
        one: 'What you wrote while your vault was locked is in it now.',
        other: 'The # things you wrote while your vault was locked are in it now.',
      }),
    );
  if (refused > 0)
    parts.push(
      plural(refused, {
        one: 'One thing written while locked could not be opened on this device, so it was let go.',
        other: '# things written while locked could not be opened on this device, so they were let go.',
      }),
    );
  return parts.join(' ');
}

/** After an unlock: what came in from the locked inbox, said once, until the person closes it. */
export function InboxOpenedNotice() {
  // Said again in the new language when it changes.
  useLingui();
  const { vault } = useApp();
  // Read again at each change: the inbox is opened once the whole vault is, after home shows.
  const read = useCallback(() => vault.lockedInbox.lastOpened(), [vault]);
  const subscribe = useCallback((listener: () => void) => vault.subscribe(listener), [vault]);
  const opened = useSyncExternalStore(subscribe, read, read);
  const [isClosed, setIsClosed] = useState(false);
  if (isClosed || !opened || (opened.added === 0 && opened.refused === 0)) return null;
  const close = () => {
    vault.lockedInbox.acknowledge();
    setIsClosed(true);
  };
  return (
    <div
      className={opened.refused ? 'notice notice-problem inbox-opened' : 'notice notice-success inbox-opened'}
    >
      <p role="status">{openedText(opened.added, opened.refused)}</p>
      <button type="button" onClick={close}>
        <Trans>Close</Trans>
      </button>
    </div>
  );
}
