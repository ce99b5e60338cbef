import { beforeAll, describe, expect, it } from 'vitest';
import { syncProblems } from '../vault/index.ts';
import { needsReconnect, syncStatusText } from './sync-status-text.ts';
import { setDateLocale } from '../ui/dates.ts';

// Dates are written in the reader's locale; these tests read British English.
beforeAll(() => setDateLocale('en-GB'));

const base = { pending: 0, lastSyncedAt: null } as const;

describe('syncStatusText', () => {
  it('describes each state quietly', () => {
    expect(syncStatusText({ ...base, status: 'local-only' }, 0)).toBe('Kept on this device only.');
    expect(syncStatusText({ ...base, status: 'syncing' }, 0)).toBe('Syncing…');
    expect(syncStatusText({ ...base, status: 'idle' }, 0)).toBe('Ready to sync.');
    expect(syncStatusText({ ...base, status: 'offline', pending: 1 }, 0)).toContain('1 change is waiting');
    expect(syncStatusText({ ...base, status: 'error', pending: 3 }, 0)).toContain('3 changes are waiting');
  });

  it('tells the time of the last sync', () => {
    const at = new Date(2026, 0, 5, 14, 5).getTime();
    expect(syncStatusText({ ...base, status: 'idle', lastSyncedAt: at }, at + 1000)).toBe('Synced at 14:05.');
  });

  it('asks to sign in again only when the session ended', () => {
    const expired = { ...base, status: 'error', problem: syncProblems.sessionExpired } as const;
    expect(needsReconnect(expired)).toBe(true);
    expect(needsReconnect({ ...base, status: 'error', problem: 'unavailable' })).toBe(false);
    expect(syncStatusText(expired, 0)).toContain('sign in again');
  });

  it('says calmly when a removal could not be confirmed, and that nothing was lost', () => {
    const kept = { ...base, status: 'error', problem: syncProblems.deletionUnconfirmed } as const;
    expect(syncStatusText(kept, 0)).toMatch(/could not be confirmed.*kept what it had.*safe on this device/);
  });

  it('says calmly when the server sent older entries than the vault last saw, and that all is kept', () => {
    const behind = { ...base, status: 'error', problem: syncProblems.recordsBehind } as const;
    expect(syncStatusText(behind, 0)).toMatch(
      /older than this vault last saw.*kept everything.*safe on this device/,
    );
  });

  it('says plainly when the server has no more room, and what makes room', () => {
    const full = { ...base, status: 'error', problem: 'quota_exceeded', pending: 2 } as const;
    expect(syncStatusText(full, 0)).toMatch(/no more room.*safe on this device.*makes room.*2 changes/);
  });
});
