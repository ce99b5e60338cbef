import { useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import './locked.css';

function openedText(added: number, refused: number): string {
  const parts: string[] = [];
  if (added === 1) parts.push('What you wrote while your vault was locked is in it now.');
  else if (added > 1) parts.push(`The ${added} things you wrote while your vault was locked are in it now.`);
  if (refused === 1)
    parts.push('One thing written while locked could not be opened on this device, so it was let go.');
  else if (refused > 1)
    parts.push(
      `${refused} things written while locked could not be opened on this device, so they were let go.`,
    );
  return parts.join(' ');
}

/** After an unlock: what came in from the locked inbox, said once, until the person closes it. */
export function InboxOpenedNotice() {
  const { vault } = useApp();
  const [opened, setOpened] = useState(() => vault.lockedInbox.lastOpened());
  if (!opened || (opened.added === 0 && opened.refused === 0)) return null;
  const close = () => {
    vault.lockedInbox.acknowledge();
    setOpened(null);
  };
  return (
    <div
      className={opened.refused ? 'notice notice-problem inbox-opened' : 'notice notice-success inbox-opened'}
    >
      <p role="status">{openedText(opened.added, opened.refused)}</p>
      <button type="button" onClick={close}>
        Close
      </button>
    </div>
  );
}
