import { screen, waitFor, within } from '@testing-library/react';
import { isJournalEntry, writeJournalEntry, type JournalEntry } from '@tend/core';
import { describe, expect, it } from 'vitest';
import { browserPorts } from '../../app-context.ts';
import { describeError } from '../../copy/error-messages.ts';
import { heldSaves, openApp, openVault, passphrase } from '../../testing/app-on-screen.tsx';
import { serverForTest } from '../../vault/testing/server-api.ts';
import type { VaultService } from '../../vault/vault-service.ts';
import { describeJournalProblems } from './journal-problems.ts';

const entries = (vault: VaultService): JournalEntry[] => vault.list('journal-entry').filter(isJournalEntry);
const field = (label: string) => screen.getByLabelText<HTMLInputElement | HTMLTextAreaElement>(label);

function entry(title: string, body: string): JournalEntry {
  const result = writeJournalEntry(browserPorts(), { date: '2026-03-14', title, body });
  if (!result.ok) throw new Error(result.problems.join());
  return result.entry;
}

/** A new entry with `title` and `body` typed into it, not saved yet. */
async function typedEntry(title: string, body: string, vault?: VaultService) {
  vault ??= await openVault();
  const { user } = await openApp('/journal/new', vault, 'New entry');
  await user.type(field('Title'), title);
  await user.type(field('Entry'), body);
  return { vault, user };
}

describe('writing a journal entry', () => {
  it('saves what was typed into the vault and moves to the entry', async () => {
    const { vault, user } = await typedEntry('A slow morning', 'The kettle, the window, the light.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'A slow morning' })).toBeTruthy();
    const [saved] = entries(vault);
    expect(saved?.fields).toMatchObject({
      title: 'A slow morning',
      body: 'The kettle, the window, the light.',
    });
    expect(window.location.pathname).toBe(`/journal/${saved?.id}`);
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('shows the save as busy while it runs, and a second Save or Enter then writes nothing more', async () => {
    const vault = await openVault();
    const writes = heldSaves(vault);
    const { user } = await openApp('/journal/new', writes.vault, 'New entry');
    await user.type(field('Title'), 'Only once');
    const save = screen.getByRole<HTMLButtonElement>('button', { name: 'Save' });
    await user.click(save);
    expect(await screen.findByText('Saving…')).toBeTruthy();
    expect(save.disabled).toBe(true);
    await user.click(save);
    await user.type(field('Title'), '{Enter}');
    expect(writes.calls.save).toBe(1);
    writes.release();
    expect(await screen.findByRole('heading', { level: 1, name: 'Only once' })).toBeTruthy();
    expect(entries(vault).map((e) => e.fields.title)).toEqual(['Only once']);
    expect(writes.calls.save).toBe(1);
  });

  it('keeps the words on the screen when the save fails, says so, and saves them on the next try', async () => {
    const vault = await openVault();
    const writes = heldSaves(vault);
    const { user } = await openApp('/journal/new', writes.vault, 'New entry');
    await user.type(field('Title'), 'Kept through a failure');
    await user.type(field('Entry'), 'Every word of this.');
    const full = new DOMException('The device has no room left', 'QuotaExceededError');
    writes.fail(full);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(describeError(full))).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save' }).disabled).toBe(false);
    expect(field('Title').value).toBe('Kept through a failure');
    expect(field('Entry').value).toBe('Every word of this.');
    expect(entries(vault)).toEqual([]);
    writes.hold();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    writes.release();
    expect(await screen.findByRole('heading', { level: 1, name: 'Kept through a failure' })).toBeTruthy();
    expect(entries(vault).map((e) => e.fields.body)).toEqual(['Every word of this.']);
  });

  it('asks for a few words before saving an empty entry, and writes nothing', async () => {
    const vault = await openVault();
    const writes = heldSaves(vault);
    const { user } = await openApp('/journal/new', writes.vault, 'New entry');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(describeJournalProblems(['empty']))).toBeTruthy();
    expect(writes.calls.save).toBe(0);
    expect(window.location.pathname).toBe('/journal/new');
  });
});

describe('a saved entry on a device with an account', () => {
  it('goes to the server sealed when the person asks to sync', async () => {
    const server = await serverForTest();
    const words = 'Only I should ever read this line.';
    const { vault, user } = await typedEntry('Sealed on the way', words, await openVault([], server));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { level: 1, name: 'Sealed on the way' });
    await user.click(
      within(screen.getByRole('navigation', { name: /./ })).getByRole('link', { name: 'Settings' }),
    );
    await user.click(await screen.findByRole('link', { name: /Account and devices/ }));
    await user.click(await screen.findByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(vault.syncState()).toMatchObject({ status: 'idle', pending: 0 }));
    const [saved] = entries(vault);
    const stored = await server.records(vault.account()?.accountId ?? '');
    expect(stored.map((record) => record.id)).toContain(saved?.id);
    // What went over the wire and what the server keeps hold none of the words.
    const kept = stored.map((record) => new TextDecoder().decode(record.ciphertext ?? new Uint8Array()));
    expect([...kept, ...server.seen.map((request) => request.body)].join('\n')).not.toContain('Only I');
  });
});

describe('a draft', () => {
  it('of a new entry is still there after going elsewhere in the app and coming back', async () => {
    const { vault, user } = await typedEntry('Half a thought', 'and the rest of it later');
    const nav = screen.getByRole('navigation', { name: /./ });
    await user.click(within(nav).getByRole('link', { name: 'Home' }));
    await waitFor(() => expect(screen.queryByLabelText('Title')).toBeNull());
    expect(window.location.pathname).toBe('/');
    await user.click(within(nav).getByRole('link', { name: 'Journal' }));
    await user.click(await screen.findByRole('button', { name: 'New entry' }));
    await screen.findByRole('heading', { level: 1, name: 'New entry' });
    expect(field('Title').value).toBe('Half a thought');
    expect(field('Entry').value).toBe('and the rest of it later');
    expect(entries(vault)).toEqual([]);
  });

  it('of an edit is still there after leaving the entry and coming back; the vault keeps the saved words until Save, and a reload shows them', async () => {
    const kept = entry('As it was', 'the first words');
    const vault = await openVault([kept]);
    const { user, reopen } = await openApp(`/journal/${kept.id}`, vault, 'As it was');
    await user.clear(field('Entry'));
    await user.type(field('Entry'), 'the second words');
    await user.click(
      within(screen.getByRole('navigation', { name: /./ })).getByRole('link', { name: 'Journal' }),
    );
    await user.click(await screen.findByRole('link', { name: /As it was/ }));
    await screen.findByRole('heading', { level: 1, name: 'As it was' });
    expect(field('Entry').value).toBe('the second words');
    expect(vault.get(kept.id)).toEqual(kept);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(entries(vault).map((e) => e.fields.body)).toEqual(['the second words']);
    // A reload shows what was saved.
    await reopen();
    expect(field('Entry').value).toBe('the second words');
  });

  it('goes with the lock: the words leave the page, and after unlocking nothing of them was kept', async () => {
    const vault = await openVault();
    const { user } = await openApp('/journal/new', vault, 'New entry');
    await user.type(field('Title'), 'Not for anyone else');
    await user.click(screen.getByRole('button', { name: 'Lock' }));
    // A new entry can still be written while locked (into the locked inbox), but not this draft.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Lock' })).toBeNull());
    expect(await vault.status()).toBe('locked');
    expect(document.body.textContent).not.toContain('Not for anyone else');
    expect((await screen.findByLabelText<HTMLInputElement>('Title')).value).toBe('');
    await user.click(screen.getByRole('link', { name: 'Tend, home' }));
    await screen.findByRole('heading', { level: 1, name: 'Unlock your vault' });
    await user.type(screen.getByLabelText('Passphrase'), passphrase);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await user.click(await screen.findByRole('link', { name: 'Journal' }));
    await user.click(await screen.findByRole('button', { name: 'New entry' }));
    expect((await screen.findByLabelText<HTMLInputElement>('Title')).value).toBe('');
    expect(await vault.status()).toBe('unlocked');
    expect(entries(vault)).toEqual([]);
  });
});

describe('deleting an entry', () => {
  it('asks first: Escape keeps it and gives focus back, the confirm button deletes it', async () => {
    const kept = entry('Maybe let go', 'some words');
    const vault = await openVault([kept]);
    const { user } = await openApp(`/journal/${kept.id}`, vault, 'Maybe let go');
    const opener = screen.getByRole('button', { name: 'Delete' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Delete this entry?' });
    // Focus is held inside the dialog (that it lands on "Keep it" is the keyboard journey's, in Chromium).
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(vault.get(kept.id)).toEqual(kept);

    await user.click(opener);
    const again = await screen.findByRole('dialog', { name: 'Delete this entry?' });
    await user.click(within(again).getByRole('button', { name: 'Delete entry' }));
    await screen.findByRole('heading', { level: 1, name: 'Journal' });
    expect(window.location.pathname).toBe('/journal');
    expect(vault.get(kept.id)).toBeUndefined();
    expect(entries(vault)).toEqual([]);
  });
});

describe('an entry beside the entries written around it', () => {
  it('lists the nearest entries newest first, the open one marked, and links each to its page', async () => {
    const days = Array.from({ length: 12 }, (_, i) => `2026-03-${String(i + 10).padStart(2, '0')}`);
    const written = days.map((date) => {
      const result = writeJournalEntry(browserPorts(), { date, title: `On ${date}`, body: 'words' });
      if (!result.ok) throw new Error(result.problems.join());
      return result.entry;
    });
    const open = written[5];
    if (!open) throw new Error('no entry');
    await openApp(`/journal/${open.id}`, await openVault(written), 'On 2026-03-15');
    const nearby = screen.getByRole('region', { name: 'Written around then' });
    const titles = within(nearby)
      .getAllByRole('link')
      .map((link) => link.querySelector('.entry-title')?.textContent)
      .filter(Boolean);
    // Four on each side of the open one, newest first.
    expect(titles).toEqual(
      days
        .slice(1, 10)
        .reverse()
        .map((date) => `On ${date}`),
    );
    const current = within(nearby).getByRole('link', { current: 'page' });
    expect(current.textContent).toContain('On 2026-03-15');
    expect(within(nearby).getByRole('link', { name: 'The whole journal' }).getAttribute('href')).toBe(
      '/journal',
    );
  });
});
