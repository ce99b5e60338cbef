import { expect } from 'vitest';
import { makeUuidV7, newVaultObject, noLinks, type VaultObject } from '@tend/core';
import { testKdfCost } from '@tend/crypto';
import { createVaultService } from '../../create-vault-service.ts';
import type { VaultServiceOptions } from '../../runtime.ts';
import type { OnlineEvents } from '../../sync-loop.ts';
import { createServerApi, type ServerApi } from '../../testing/server-api.ts';
import { manualTimers } from '../../testing/service-kit.ts';
import type { VaultService } from '../../vault-service.ts';
import type { PracticeServiceRunner } from '../create-practice-service.ts';

export const passphrase = 'a quiet morning by the river';
export const profile = { name: 'Ada Reyes', practice: 'Harbour Counselling' };

export const newId = () => makeUuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(10)));

export const journalEntry = (title: string, body: string): VaultObject =>
  newVaultObject(newId(), 'journal-entry', { date: '2025-03-01', title, body, links: noLinks }, Date.now());

/** The practice service with the wait the tests use for the background mirror. */
export const practiceOf = (service: VaultService) => service.practice as PracticeServiceRunner;

const started: ServerApi[] = [];

/** A fresh server in process for one test; `closeServers` (after each test) closes it. */
export async function freshServer(): Promise<ServerApi> {
  const server = await createServerApi();
  started.push(server);
  return server;
}

export async function closeServers(): Promise<void> {
  for (const server of started.splice(0)) await server.close();
}

/** A browser's `online` event the test fires by hand. */
export function onlineSwitch(): OnlineEvents & { fire(): void } {
  const listeners = new Set<() => void>();
  const events = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return Object.assign(events, { fire: () => listeners.forEach((l) => l()) });
}

/** Someone with a vault and an account, on a device of their own. */
export async function person(
  api: ServerApi,
  username: string,
  online?: OnlineEvents,
  options: Partial<VaultServiceOptions> = {},
): Promise<VaultService> {
  const service = createVaultService({
    fetch: api.browser(),
    dbName: `practice-${crypto.randomUUID()}`,
    timers: manualTimers(),
    online: online ?? (() => () => undefined),
    kdfCost: testKdfCost,
    ...options,
  });
  await service.status();
  await service.createVault(passphrase);
  await service.createAccount(username, passphrase);
  return service;
}

/** A practitioner with a practice and a client connected to them. */
export async function connected(
  api: ServerApi,
  options: { online?: OnlineEvents; clientOptions?: Partial<VaultServiceOptions> } = {},
) {
  const practitioner = await person(api, `ada-${crypto.randomUUID().slice(0, 8)}`);
  const client = await person(
    api,
    `river-${crypto.randomUUID().slice(0, 8)}`,
    options.online,
    options.clientOptions,
  );
  await practiceOf(practitioner).openPractice(passphrase, profile);
  const invitation = await practiceOf(practitioner).createInvitation();
  const connectionId = await practiceOf(client).acceptInvitation(invitation.code, 'River', passphrase);
  const summary = practiceOf(client)
    .snapshot()
    .connections.find((c) => c.id === connectionId);
  expect(summary).toBeDefined();
  await practiceOf(practitioner).refresh();
  return { practitioner, client, connectionId, shareId: summary?.shareId ?? '' };
}

/** Every request body the server was sent, as one text. */
export const bodies = (api: ServerApi) => api.seen.map((r) => r.body).join('\n');
