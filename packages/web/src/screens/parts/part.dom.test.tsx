import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../copy/error-messages.ts';
import { heldSaves, openApp, openVault } from '../../testing/app-on-screen.tsx';

const nameField = () => screen.getByLabelText<HTMLInputElement>('Name');

describe('a form whose button stays focusable while it saves (a new part)', () => {
  it('says it is saving, keeps the focus on the button, and a second Enter writes nothing more', async () => {
    const vault = await openVault();
    const writes = heldSaves(vault);
    const { user } = await openApp('/parts/new', writes.vault, 'New part');
    await user.type(nameField(), 'The watcher');
    const button = screen.getByRole('button', { name: 'Save part' });
    await user.click(button);
    expect(await screen.findByRole('button', { name: 'Saving…' })).toBe(button);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    await user.keyboard('{Enter}');
    expect(writes.calls.save).toBe(1);
    writes.release();
    expect(await screen.findByRole('heading', { level: 1, name: 'The watcher' })).toBeTruthy();
    expect(vault.list('part').map((part) => part.fields['name'])).toEqual(['The watcher']);
    expect(writes.calls.save).toBe(1);
  });

  it('keeps the name typed when the save fails, and says why', async () => {
    const vault = await openVault();
    const writes = heldSaves(vault);
    const { user } = await openApp('/parts/new', writes.vault, 'New part');
    await user.type(nameField(), 'The one who waits');
    const full = new DOMException('The device has no room left', 'QuotaExceededError');
    writes.fail(full);
    await user.click(screen.getByRole('button', { name: 'Save part' }));
    expect(await screen.findByText(describeError(full))).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save part' }).getAttribute('aria-disabled')).toBe('false');
    expect(nameField().value).toBe('The one who waits');
    expect(vault.list('part')).toEqual([]);
  });
});
