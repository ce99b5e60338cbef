import { screen } from '@testing-library/react';
import { writeJournalEntry, type JournalEntry } from '@tend/core';
import { describe, expect, it } from 'vitest';
import { browserPorts } from '../../app-context.ts';
import { openApp, openVault, passphrase } from '../../testing/app-on-screen.tsx';

function entry(title: string, body: string): JournalEntry {
  const result = writeJournalEntry(browserPorts(), { date: '2026-03-14', title, body });
  if (!result.ok) throw new Error(result.problems.join());
  return result.entry;
}

describe('unlocking on home', () => {
  it('shows the entries once the vault has opened, and tells what was written while locked', async () => {
    const vault = await openVault([entry('Kept before the lock', 'by the window')]);
    vault.lock();
    const { user } = await openApp('/', vault, 'Unlock your vault');
    // Written while locked (into the locked inbox), before this page unlocks the vault.
    await vault.save(entry('Written while locked', 'on the stairs'));
    await user.type(screen.getByLabelText('Passphrase'), passphrase);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('What you wrote while your vault was locked is in it now.')).toBeTruthy();
    expect(await screen.findByText('Kept before the lock')).toBeTruthy();
    expect(await screen.findByText('Written while locked')).toBeTruthy();
    expect(screen.queryByText('Your vault is still opening…')).toBeNull();
    expect(vault.list('journal-entry')).toHaveLength(2);
  });
});
