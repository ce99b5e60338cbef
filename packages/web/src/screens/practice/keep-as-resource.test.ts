import { resourceKind } from '@tend/core';
import { describe, expect, it } from 'vitest';
import { deviceVault, testPorts } from '../../testing/practice-fixtures.tsx';
import type { PractitionerNote } from '../../vault/practice-service.ts';
import { keepAsResource } from './keep-as-resource.ts';

const suggestion: PractitionerNote = {
  id: '01890000-0000-7000-8000-000000000001',
  type: 'suggestion',
  text: 'Five slow breaths with a hand on your chest',
  note: 'When the critic gets loud in the mornings.',
  onItemId: null,
  writtenAt: 1_000,
  reply: null,
};

describe('a suggestion the client takes up', () => {
  it('becomes one of their practices, once, with the practitioner’s note', async () => {
    const vault = await deviceVault(null);
    await expect(keepAsResource(vault, testPorts, suggestion, 'Dana Reyes')).resolves.toBe(true);
    await expect(keepAsResource(vault, testPorts, suggestion, 'Dana Reyes')).resolves.toBe(false);
    const resources = vault.list(resourceKind);
    expect(resources).toHaveLength(1);
    expect(resources[0]?.fields).toMatchObject({
      type: 'practice',
      name: 'Five slow breaths with a hand on your chest',
      notes: 'When the critic gets loud in the mornings.\n\nSuggested by Dana Reyes.',
    });
  });

  it('leaves a reflection alone', async () => {
    const vault = await deviceVault(null);
    const reflection: PractitionerNote = { ...suggestion, type: 'reflection' };
    await expect(keepAsResource(vault, testPorts, reflection, 'Dana Reyes')).resolves.toBe(false);
    expect(vault.list(resourceKind)).toEqual([]);
  });
});
