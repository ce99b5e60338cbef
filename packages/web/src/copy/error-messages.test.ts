import { describe, expect, it } from 'vitest';
import { errorCodes, type ErrorCode } from '@tend/contract';
import { PasskeyError } from '../vault/authenticator.ts';
import { ServiceError, WrongPassphraseError } from '../vault/vault-service.ts';
import { describeError, passkeyText, unexpectedText, wrongPassphraseText } from './error-messages.ts';

describe('describeError', () => {
  it('speaks gently about a wrong passphrase', () => {
    expect(describeError(new WrongPassphraseError())).toBe(wrongPassphraseText);
  });

  it('has words for the contract codes a person can meet', () => {
    for (const code of [
      'rate_limited',
      'unauthorized',
      'account_unavailable',
      'unavailable',
      'internal',
    ] as const) {
      const text = describeError(new ServiceError(code));
      expect(text).not.toBe(unexpectedText);
      expect(text).not.toContain(code);
    }
  });

  it('has its own words for every code of the contract and for being offline', () => {
    for (const code of errorCodes) {
      const text = describeError(new ServiceError(code));
      expect(text).not.toBe(unexpectedText);
      expect(text).not.toContain(code);
    }
    expect(describeError(new ServiceError('offline'))).not.toBe(unexpectedText);
  });

  it('words every passkey failure, each pointing back to the passphrase where it did not open', () => {
    for (const reason of Object.keys(passkeyText) as PasskeyError['reason'][]) {
      const text = describeError(new PasskeyError(reason));
      expect(text).toBe(passkeyText[reason]);
      if (reason !== 'already-added') expect(text).toMatch(/passphrase/);
    }
  });

  it('lets a form word a code for its own context', () => {
    const text = describeError(new ServiceError('unauthorized'), { unauthorized: 'Those did not match.' });
    expect(text).toBe('Those did not match.');
  });

  it('falls back for anything else without echoing its message', () => {
    expect(describeError(new Error('secret words the person typed'))).toBe(unexpectedText);
    // A code outside the contract (the client's decoder never makes one, but an error may be made by hand).
    expect(describeError(new ServiceError('something_new' as ErrorCode))).toBe(unexpectedText);
  });
});
