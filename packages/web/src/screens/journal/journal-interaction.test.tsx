// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { isJournalEntry } from '@tend/core';
import { describe, expect, it } from 'vitest';
import { openApp, openVault } from '../../testing/app-on-screen.tsx';

describe('writing a journal entry', () => {
  it('saves what was typed into the vault and moves to the entry', async () => {
    const vault = await openVault();
    const { user } = await openApp('/journal/new', vault, 'New entry');
    await user.type(screen.getByLabelText('Title'), 'A slow morning');
    await user.type(screen.getByLabelText('Entry'), 'The kettle, the window, the light.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'A slow morning' })).toBeTruthy();
    const [saved] = vault.list('journal-entry').filter(isJournalEntry);
    expect(saved?.fields).toMatchObject({ title: 'A slow morning', body: 'The kettle, the window, the light.' });
    expect(window.location.pathname).toBe(`/journal/${saved?.id}`);
  });
});
