import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { editSafetyPlan, makeUuidV7, startSafetyPlan, type SafetyPlan } from '@tend/core';
import { createServerApi } from './testing/server-api.ts';
import { testService } from './testing/service-kit.ts';

const passphrase = 'rain on a tin roof at night';
const api = await createServerApi();
afterAll(() => api.close());
const ports = {
  clock: { now: () => Date.now() },
  ids: { newId: () => makeUuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(10))) },
};

function plan(signs: string[]): SafetyPlan {
  const result = startSafetyPlan(ports, { warningSigns: signs });
  if (!result.ok) throw new Error('plan refused');
  return result.plan;
}

async function readMeta(dbName: string, key: string): Promise<unknown> {
  const { openDB } = await import('idb');
  const db = await openDB(dbName);
  const value: unknown = await db.get('meta', key);
  db.close();
  return value;
}

describe('the safety plan kept readable while locked', () => {
  it('is not kept unless the person chooses it', async () => {
    const dbName = `vault-${crypto.randomUUID()}`;
    const service = testService(api, dbName);
    await service.createVault(passphrase);
    await service.save(plan(['not sleeping']));
    service.lock();
    expect(service.lockedSafetyPlan()).toBeNull();
    expect(await readMeta(dbName, 'lockedSafetyPlan')).toBeUndefined();
  });

  it('copies the plan when chosen, follows each save, reads after a reload while locked, and goes when turned off', async () => {
    const dbName = `vault-${crypto.randomUUID()}`;
    const service = testService(api, dbName);
    await service.createVault(passphrase);
    const first = plan(['not sleeping']);
    await service.save(first);
    await service.updateSettings({ isSafetyPlanReadableLocked: true });
    expect(service.lockedSafetyPlan()?.warningSigns).toEqual(['not sleeping']);

    const edited = editSafetyPlan(ports, first, { thingsThatHelp: ['a walk by the canal'] });
    if (!edited.ok) throw new Error('edit refused');
    await service.save(edited.plan);
    service.lock();

    const reloaded = testService(api, dbName);
    expect(await reloaded.status()).toBe('locked');
    expect(reloaded.lockedSafetyPlan()).toMatchObject({
      warningSigns: ['not sleeping'],
      thingsThatHelp: ['a walk by the canal'],
    });

    await reloaded.unlock(passphrase);
    await reloaded.updateSettings({ isSafetyPlanReadableLocked: false });
    expect(reloaded.lockedSafetyPlan()).toBeNull();
    expect(await readMeta(dbName, 'lockedSafetyPlan')).toBeUndefined();
    const again = testService(api, dbName);
    await again.status();
    expect(again.lockedSafetyPlan()).toBeNull();
  });

  it('follows a plan that arrives another way (an import) while the copy is kept', async () => {
    const service = testService(api);
    await service.createVault(passphrase);
    await service.updateSettings({ isSafetyPlanReadableLocked: true });
    expect(service.lockedSafetyPlan()).toBeNull();
    const imported = plan(['the quiet before a storm']);
    const file = { format: 'tend-vault-export', version: 1, exportedAt: '', objects: [imported] };
    await service.importVault(JSON.stringify(file));
    await expect.poll(() => service.lockedSafetyPlan()?.warningSigns).toEqual(['the quiet before a storm']);
  });

  it('reads settings stored before noticing and the locked copy existed, with their defaults', async () => {
    const dbName = `vault-${crypto.randomUUID()}`;
    const service = testService(api, dbName);
    await service.createVault(passphrase);
    const { openDB } = await import('idb');
    const db = await openDB(dbName);
    await db.put('meta', { region: 'GB', theme: 'dark', autoLockMinutes: 5 }, 'settings');
    db.close();
    const reloaded = testService(api, dbName);
    await reloaded.status();
    expect(reloaded.settings()).toEqual({
      region: 'GB',
      theme: 'dark',
      autoLockMinutes: 5,
      isNoticingOn: true,
      isSafetyPlanReadableLocked: false,
      isRememberedOnDevice: false,
      isOnThisDayOn: false,
      onThisDayHidden: [],
      // Settings kept before the tour existed belong to someone who knows Tend already.
      hasSeenTour: true,
    });
  });
});
