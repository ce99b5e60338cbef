/**
 * Encrypted backups in the age file format (age-encryption.org/v1) with a scrypt passphrase
 * recipient, so that the standard `age` tool opens them without Tend. The library is loaded only
 * when a backup is made or opened, so it stays out of the first load.
 */

/**
 * scrypt's work factor as log2(N), with r = 8: 2^16 uses 64 MiB, like the vault's own Argon2id, and
 * takes a second or two on a phone. age's own default (18, 256 MiB) can exhaust a phone's memory.
 */
export const backupWorkFactor = 16;

/** The library refuses more than 2^20 when opening; so do we, with our own words. */
const maxOpenWorkFactor = 20;

const binaryHeader = 'age-encryption.org/v1\n';
const armorHeader = '-----BEGIN AGE ENCRYPTED FILE-----';

/** Why a backup did not open; nothing of it was read into the vault. */
export class BackupOpenError extends Error {
  override readonly name = 'BackupOpenError';
  readonly problem: 'wrong-passphrase' | 'damaged' | 'not-a-passphrase-backup';
  constructor(problem: BackupOpenError['problem']) {
    super(`This backup could not be opened (${problem}). Nothing was changed.`);
    this.problem = problem;
  }
}

/** True when the bytes start like an age file, binary or armored (ASCII). */
export function isAgeFile(bytes: Uint8Array): boolean {
  const start = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF?\s*/, '');
  return start.startsWith(binaryHeader) || start.startsWith(armorHeader);
}

/** Encrypts text to a passphrase; the result opens with `age --decrypt`. */
export async function sealBackup(
  text: string,
  passphrase: string,
  workFactor: number = backupWorkFactor,
): Promise<Uint8Array> {
  const age = await import('age-encryption');
  const encrypter = new age.Encrypter();
  encrypter.setPassphrase(passphrase);
  encrypter.setScryptWorkFactor(workFactor);
  return encrypter.encrypt(text);
}

/** Decrypts a whole backup or throws BackupOpenError: a partly damaged file yields nothing. */
export async function openBackup(file: Uint8Array, passphrase: string): Promise<string> {
  if (!isAgeFile(file)) throw new BackupOpenError('damaged');
  const age = await import('age-encryption');
  const binary = unarmor(age.armor, file);
  checkRecipient(binary);
  const decrypter = new age.Decrypter();
  decrypter.addPassphrase(passphrase);
  try {
    return await decrypter.decrypt(binary, 'text');
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    throw new BackupOpenError(message.includes('no identity matched') ? 'wrong-passphrase' : 'damaged');
  }
}

function unarmor(armor: { decode(file: string): Uint8Array }, file: Uint8Array): Uint8Array {
  const text = new TextDecoder().decode(file.subarray(0, 64));
  if (!text.trimStart().startsWith(armorHeader)) return file;
  try {
    return armor.decode(new TextDecoder().decode(file));
  } catch {
    throw new BackupOpenError('damaged');
  }
}

/**
 * Refuses before any work a file sealed to keys rather than a passphrase, and one whose scrypt cost
 * would hold the page for minutes (a damaged or hostile header).
 */
function checkRecipient(binary: Uint8Array): void {
  const header = new TextDecoder().decode(binary.subarray(0, 512));
  const scrypt = /^-> scrypt \S+ (\d{1,3})$/m.exec(header);
  if (scrypt?.[1]) {
    if (Number(scrypt[1]) > maxOpenWorkFactor) throw new BackupOpenError('damaged');
    return;
  }
  throw new BackupOpenError(/^-> /m.test(header) ? 'not-a-passphrase-backup' : 'damaged');
}
