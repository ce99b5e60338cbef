import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BackupOpenError, backupWorkFactor, isAgeFile, openBackup, sealBackup } from './age-backup.ts';
import { ageCliAvailable, runAgeCli } from './testing/age-cli.ts';

const passphrase = 'lantern over still water';
const text = JSON.stringify({ body: 'Ein Tag am Meer, 海辺の一日, "quotes", commas, and\nnew lines' });
const dir = mkdtempSync(join(tmpdir(), 'tend-age-'));
/**
 * scrypt at 2^10 for the tests about refusing: the same code path, without 64 MiB of work per open
 * (a wrong passphrase is only found by doing the work). The first test keeps the real cost.
 */
const cheapWorkFactor = 10;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refusal(file: Uint8Array, phrase = passphrase): Promise<string> {
  const error: unknown = await openBackup(file, phrase).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackupOpenError);
  return error instanceof BackupOpenError ? error.problem : '';
}

describe('an encrypted backup', () => {
  it('opens with its passphrase and says nothing readable without it', async () => {
    const sealed = await sealBackup(text, passphrase);
    expect(isAgeFile(sealed)).toBe(true);
    const header = new TextDecoder().decode(sealed.subarray(0, 100));
    expect(header).toMatch(new RegExp(`^age-encryption.org/v1\\n-> scrypt \\S+ ${backupWorkFactor}\\n`));
    expect(new TextDecoder().decode(sealed)).not.toContain('Meer');
    expect(await openBackup(sealed, passphrase)).toBe(text);
  });

  it('refuses a wrong passphrase, a damaged file, a cut file and a file that is not age', async () => {
    const sealed = await sealBackup(text, passphrase, cheapWorkFactor);
    expect(await refusal(sealed, 'lantern over still waters')).toBe('wrong-passphrase');
    const flipped = sealed.slice();
    flipped[flipped.length - 5] = (flipped.at(-5) ?? 0) ^ 1;
    expect(await refusal(flipped)).toBe('damaged');
    expect(await refusal(sealed.subarray(0, sealed.length - 20))).toBe('damaged');
    expect(await refusal(new TextEncoder().encode('{"format":"tend-vault-export"}'))).toBe('damaged');
    expect(isAgeFile(new TextEncoder().encode('{"format":"tend-vault-export"}'))).toBe(false);
  });

  it('refuses at once a header asking for an enormous scrypt cost, or sealed to keys', async () => {
    const sealed = new TextDecoder('latin1').decode(await sealBackup(text, passphrase, cheapWorkFactor));
    const costly = sealed.replace(/^(-> scrypt \S+) 10$/m, '$1 40');
    expect(await refusal(Uint8Array.from(costly, (c) => c.charCodeAt(0)))).toBe('damaged');
    const toKeys = sealed.replace(/^-> scrypt \S+ 10$/m, '-> X25519 c29tZXRoaW5nIGVsc2U');
    expect(await refusal(Uint8Array.from(toKeys, (c) => c.charCodeAt(0)))).toBe('not-a-passphrase-backup');
  });
});

// The point of the format: a person can open their backup with the standard tool, without Tend.
describe.skipIf(!ageCliAvailable())('the age command-line tool', () => {
  it("decrypts Tend's backup with the passphrase", async () => {
    const backup = join(dir, 'tend-backup.json.age');
    const out = join(dir, 'opened.json');
    writeFileSync(backup, await sealBackup(text, passphrase));
    expect(runAgeCli(['--decrypt', '-o', out, backup], [passphrase])).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(text);
    expect(runAgeCli(['--decrypt', '-o', join(dir, 'no.json'), backup], ['not it'])).not.toBe(0);
  });

  it('makes files, binary and armored, at its own default cost, that Tend opens', async () => {
    const plain = join(dir, 'plain.json');
    writeFileSync(plain, text);
    for (const armor of [[], ['--armor']]) {
      const sealed = join(dir, `by-cli${armor.length}.age`);
      expect(runAgeCli(['--passphrase', ...armor, '-o', sealed, plain], [passphrase, passphrase])).toBe(0);
      const file = new Uint8Array(readFileSync(sealed));
      expect(await openBackup(file, passphrase)).toBe(text);
      expect(await refusal(file, 'another passphrase')).toBe('wrong-passphrase');
    }
    // The tool's own work factor (2^18) four times over: seconds on a quiet machine, minutes on a busy
    // one. A bound for a hang, not a speed check.
  }, 600_000);
});
if (!ageCliAvailable())
  console.warn('The age command-line tool is not installed; its two tests are skipped.');
