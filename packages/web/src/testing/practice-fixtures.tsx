import { writeJournalEntry, type DomainPorts, type JournalEntry, type VaultObject } from '@tend/core';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { AppProvider } from '../state/app-provider.tsx';
import { NoticingProvider } from '../noticing/noticing-provider.tsx';
import { RouterProvider } from '../router/router.tsx';
import type { VaultService } from '../vault/vault-service.ts';
import { createMemoryPracticeWorld, type MemoryPracticeWorld } from './memory-practice-world.ts';
import { createMemoryVaultService } from './memory-vault-service.ts';

/*
 * Test data for the practitioner space: a practitioner and a client, each with their own memory vault,
 * meeting through one memory world.
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

export function accountVault(
  world: MemoryPracticeWorld,
  accountId: string,
  objects: readonly VaultObject[] = [],
): VaultService {
  return createMemoryVaultService({
    status: 'unlocked',
    passphrase,
    account: { accountId, username: accountId },
    objects,
    practiceWorld: world,
  });
}

/** A practitioner with an open practice and one fresh invitation, and a client who has not used it yet. */
export async function practiceWithInvitation(clientObjects: readonly VaultObject[] = []) {
  const world = createMemoryPracticeWorld();
  const practitioner = accountVault(world, 'practitioner-1');
  await practitioner.practice.openPractice(passphrase, {
    name: 'Dana Reyes',
    practice: 'Riverside Counselling',
  });
  const invitation = await practitioner.practice.createInvitation();
  const client = accountVault(world, 'client-1', clientObjects);
  return { world, practitioner, client, invitation };
}

/** The same, with the client connected as "Sam". */
export async function connectedPair(clientObjects: readonly VaultObject[] = []) {
  const pair = await practiceWithInvitation(clientObjects);
  const connectionId = await pair.client.practice.acceptInvitation(pair.invitation.code, 'Sam', passphrase);
  await pair.practitioner.practice.refresh();
  const shareId = pair.practitioner.practice.snapshot().clients[0]?.shareId ?? '';
  return { ...pair, connectionId, shareId };
}

/** Static markup of a screen inside the app's providers (the router reads window.location: stub it). */
export function renderInApp(vault: VaultService, element: ReactElement): string {
  return renderToStaticMarkup(
    <AppProvider value={{ vault, ports: testPorts }}>
      <RouterProvider>
        <NoticingProvider isGentleOn>{element}</NoticingProvider>
      </RouterProvider>
    </AppProvider>,
  );
}
