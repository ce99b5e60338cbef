import { describe, expect, it } from 'vitest';
import { BackupOpenError, openBackup } from './age-backup.ts';
import { answerAgeJob, openOffThread, sealOffThread } from './age-jobs.ts';

const passphrase = 'moths around the porch light';
const text = JSON.stringify({ body: 'Ein Tag am Meer, 海辺の一日, and\nnew lines' });

describe('the backup’s work off the page’s thread', () => {
  it('seals what the age format opens, and opens it again', async () => {
    const sealed = await sealOffThread(text, passphrase);
    expect(await openBackup(sealed, passphrase)).toBe(text);
    expect(await openOffThread(sealed, passphrase)).toBe(text);
  });

  it('answers a refusal as its reason, which becomes the same error the page shows', async () => {
    const sealed = await sealOffThread(text, passphrase);
    expect(await answerAgeJob({ kind: 'open', file: sealed, passphrase: 'not it' })).toMatchObject({
      ok: false,
      problem: 'wrong-passphrase',
    });
    const error: unknown = await openOffThread(sealed, 'not it').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupOpenError);
    expect(error instanceof BackupOpenError && error.problem).toBe('wrong-passphrase');
    const damaged = await openOffThread(new TextEncoder().encode('not a backup'), passphrase).catch(
      (e: unknown) => e,
    );
    expect(damaged instanceof BackupOpenError && damaged.problem).toBe('damaged');
  });
});
