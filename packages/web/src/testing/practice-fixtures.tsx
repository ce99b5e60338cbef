import 'fake-indexeddb/auto';
import { writeJournalEntry, type DomainPorts, type JournalEntry, type VaultObject } from '@tend/core';
import { testKdfCost } from '@tend/crypto';
import type { ReactElement } from 'react';
import { renderMarkup } from './render-markup.tsx';
import { AppProvider } from '../state/app-provider.tsx';
import { NoticingProvider } from '../noticing/noticing-provider.tsx';
import { RouterProvider } from '../router/router.tsx';
import { createVaultService } from '../vault/create-vault-service.ts';
import type { PracticeServiceRunner } from '../vault/practice/create-practice-service.ts';
import { createServerApi, type ServerApi } from '../vault/testing/server-api.ts';
import { manualTimers } from '../vault/testing/service-kit.ts';
import type { VaultService } from '../vault/vault-service.ts';

/*
 * Test data for the practitioner space: a practitioner and a client, each with a real vault of their
 * own on a device of their own, meeting through the real server in process.
 */

export const passphrase = 'correct horse battery';
export const testPorts: DomainPorts = {
  clock: { now: () => Date.now() },
  ids: { newId: () => crypto.randomUUID() },
};

export function journalEntry(title: string, body: string): JournalEntry {
  const result = writeJournalEntry(testPorts, { title, body, date: '2026-03-14' });
  if (!result.ok) throw new Error(`unexpected problems: ${result.problems.join()}`);
  return result.entry;
}

const started: ServerApi[] = [];

/** Closes the servers the fixtures started; a test file calls it after each test. */
export async function closePracticeServers(): Promise<void> {
  for (const server of started.splice(0)) await server.close();
}

const noNetwork = () => Promise.reject(new TypeError('Failed to fetch'));

/**
 * An unlocked vault on a device of its own holding `objects`; with an account on `server` when one
 * is given (the practitioner space needs one).
 */
export async function deviceVault(
  server: ServerApi | null,
  objects: readonly VaultObject[] = [],
  username = `person-${crypto.randomUUID().slice(0, 8)}`,
): Promise<VaultService> {
  const vault = createVaultService({
    fetch: server ? server.browser() : noNetwork,
    dbName: `practice-fixture-${crypto.randomUUID()}`,
    timers: manualTimers(),
    online: () => () => undefined,
    kdfCost: testKdfCost,
  });
  await vault.status();
  await vault.createVault(passphrase);
  if (server) await vault.createAccount(username, passphrase);
  for (const object of objects) await vault.save(object);
  return vault;
}

/** A device that holds no vault yet: the welcome's state. */
export async function emptyDevice(): Promise<VaultService> {
  const vault = createVaultService({
    fetch: noNetwork,
    dbName: `practice-fixture-${crypto.randomUUID()}`,
    timers: manualTimers(),
    online: () => () => undefined,
    kdfCost: testKdfCost,
  });
  await vault.status();
  return vault;
}

/** Waits until what the vault's practice service mirrors in the background has reached the server. */
export const settle = (vault: VaultService) => (vault.practice as PracticeServiceRunner).settle();

/** A practitioner with an open practice and one fresh invitation, and a client who has not used it yet. */
export async function practiceWithInvitation(clientObjects: readonly VaultObject[] = []) {
  const server = await createServerApi();
  started.push(server);
  const practitioner = await deviceVault(server);
  await practitioner.practice.openPractice(passphrase, {
    name: 'Dana Reyes',
    practice: 'Riverside Counselling',
  });
  const invitation = await practitioner.practice.createInvitation();
  const client = await deviceVault(server, clientObjects);
  return { server, practitioner, client, invitation };
}

/** The same, with the client connected as "Sam". */
export async function connectedPair(clientObjects: readonly VaultObject[] = []) {
  const pair = await practiceWithInvitation(clientObjects);
  const connectionId = await pair.client.practice.acceptInvitation(pair.invitation.code, 'Sam', passphrase);
  await pair.practitioner.practice.refresh();
  const shareId = pair.practitioner.practice.snapshot().clients[0]?.shareId ?? '';
  const clientId = pair.client.account()?.accountId ?? '';
  return { ...pair, connectionId, shareId, clientId };
}

/** Static markup of a screen inside the app's providers (the router reads window.location: stub it). */
export function renderInApp(vault: VaultService, element: ReactElement): string {
  return renderMarkup(
    <AppProvider value={{ vault, ports: testPorts }}>
      <RouterProvider>
        <NoticingProvider isGentleOn>{element}</NoticingProvider>
      </RouterProvider>
    </AppProvider>,
  );
}
