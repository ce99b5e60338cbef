import { generateVault, isReadableKind, makeVaultExport } from '@tend/core';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { vaultMarkdownZip } from './markdown-zip.ts';

describe('the vault as a ZIP of Markdown', () => {
  it('holds one file per item of the person’s own kinds and an index, in one folder', async () => {
    const objects = generateVault({ seed: 11 }).slice(0, 3_000);
    const json = JSON.stringify(makeVaultExport(objects, Date.UTC(2026, 10, 1)));
    const zip = await vaultMarkdownZip(json, '2026-11-01');
    const files = unzipSync(zip);
    const names = Object.keys(files);
    expect(names).toHaveLength(objects.filter((o) => isReadableKind(o.kind)).length + 1);
    expect(names.every((name) => name.startsWith('tend-vault-2026-11-01/'))).toBe(true);
    const index = strFromU8(files['tend-vault-2026-11-01/index.md'] ?? new Uint8Array());
    expect(index.startsWith('# My Tend vault')).toBe(true);
    const entry = objects.find((o) => o.kind === 'journal-entry');
    const body = String(entry?.fields['body'] ?? '');
    const texts = names
      .filter((n) => n.includes('/Journal/'))
      .map((n) => strFromU8(files[n] ?? new Uint8Array()));
    expect(texts.some((text) => text.includes(body.replace(/</g, '\\<')))).toBe(true);
  });

  it('refuses what is not an export', async () => {
    await expect(vaultMarkdownZip('{}', '2026-11-01')).rejects.toThrow();
  });
});
