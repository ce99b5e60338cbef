import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateLanguage } from '../i18n/activate.ts';
import { newPassphraseProblem, passphraseHint, passphraseProblemText } from './passphrase-hint.ts';

beforeAll(() => activateLanguage('en'));
afterAll(() => activateLanguage('en'));

describe('passphraseHint', () => {
  it.each([
    ['', 'too-short'],
    ['short', 'too-short'],
    ['123456789', 'too-short'],
    ['aaaaaaaaaaaaaaaaaaaa', 'fair'],
    ['river-stone', 'fair'],
    ['quiet river stone lantern', 'strong'],
    ['Morning light on water', 'strong'],
  ])('rates %j as %s', (passphrase, strength) => {
    expect(passphraseHint(passphrase).strength).toBe(strength);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passphraseHint('🌿🌿🌿🌿🌿').strength).toBe('too-short');
  });
});

describe('newPassphraseProblem', () => {
  it('asks for ten characters and a matching confirmation', () => {
    expect(newPassphraseProblem('short', 'short')).toBe('too-short');
    expect(newPassphraseProblem('long enough words', 'long enough word')).toBe('mismatch');
    expect(newPassphraseProblem('long enough words', 'long enough words')).toBeNull();
  });
});

describe('the hint and the problems in the language Tend speaks', () => {
  it('are German in German and Spanish in Spanish, with the length filled in', async () => {
    await activateLanguage('de');
    expect(passphraseHint('short').text).toBe(
      'Bitte mindestens 10 Zeichen. Ein paar gewöhnliche Wörter, die du dir merken kannst, eignen sich gut.',
    );
    expect(passphraseProblemText('mismatch')).toBe(
      'Die beiden Passphrasen sind noch nicht gleich. Magst du sie noch einmal eingeben?',
    );
    await activateLanguage('es');
    expect(passphraseProblemText('too-short')).toBe(
      'Tu frase de contraseña necesita al menos 10 caracteres.',
    );
    await activateLanguage('en');
    expect(passphraseHint('quiet river stone lantern').text).toBe('That looks like a strong passphrase.');
  });
});
