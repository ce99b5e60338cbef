import { describe, expect, it } from 'vitest';
import { newPassphraseProblem, passphraseHint } from './passphrase-hint.ts';

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
