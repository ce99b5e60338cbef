import { t } from '@lingui/core/macro';

export const minPassphraseLength = 10;

export type PassphraseStrength = 'too-short' | 'fair' | 'strong';

export interface PassphraseHint {
  readonly strength: PassphraseStrength;
  readonly text: string;
}

/** A gentle hint while a passphrase is typed; it never blocks more than the minimum length. */
export function passphraseHint(passphrase: string): PassphraseHint {
  const length = [...passphrase].length;
  if (length < minPassphraseLength) {
    return {
      strength: 'too-short',
      text: t`At least ${minPassphraseLength} characters, please. A few ordinary words you can remember work well.`,
    };
  }
  const words = passphrase.trim().split(/\s+/).length;
  const distinct = new Set(passphrase.toLowerCase()).size;
  if ((length >= 16 || words >= 4) && distinct >= 8) {
    return { strength: 'strong', text: t`That looks like a strong passphrase.` };
  }
  return { strength: 'fair', text: t`That works. A few more words would make it stronger.` };
}

export type PassphraseProblem = 'too-short' | 'mismatch';

/** Why a new passphrase and its confirmation cannot be used yet, if they cannot. */
export function newPassphraseProblem(passphrase: string, confirmation: string): PassphraseProblem | null {
  if ([...passphrase].length < minPassphraseLength) return 'too-short';
  if (passphrase !== confirmation) return 'mismatch';
  return null;
}

/** Why a new passphrase cannot be used yet, in the language Tend speaks. */
export function passphraseProblemText(problem: PassphraseProblem): string {
  return problem === 'too-short'
    ? t`Your passphrase needs at least ${minPassphraseLength} characters.`
    : t`The two passphrases are not the same yet. Would you like to type them again?`;
}
