import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type ErrorCode } from '@tend/contract';
import { PasskeyError } from '../vault/authenticator.ts';
import { ServiceError, WrongPassphraseError } from '../vault/vault-service.ts';
import { activateLanguage } from '../i18n/activate.ts';
import { describeError, passkeyText, say, unexpectedText, wrongPassphraseText } from './error-messages.ts';

beforeAll(() => activateLanguage('en'));

describe('describeError', () => {
  it('speaks gently about a wrong passphrase', () => {
    expect(describeError(new WrongPassphraseError())).toBe(say(wrongPassphraseText));
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
      expect(text).not.toBe(say(unexpectedText));
      expect(text).not.toContain(code);
    }
  });

  it('has its own words for every code of the contract and for being offline', () => {
    for (const code of errorCodes) {
      const text = describeError(new ServiceError(code));
      expect(text).not.toBe(say(unexpectedText));
      expect(text).not.toContain(code);
    }
    expect(describeError(new ServiceError('offline'))).not.toBe(say(unexpectedText));
  });

  it('words every passkey failure, each pointing back to the passphrase where it did not open', () => {
    for (const reason of Object.keys(passkeyText) as PasskeyError['reason'][]) {
      const text = describeError(new PasskeyError(reason));
      expect(text).toBe(say(passkeyText[reason]));
      if (reason !== 'already-added') expect(text).toMatch(/passphrase/);
    }
  });

  it('lets a form word a code for its own context', () => {
    const text = describeError(new ServiceError('unauthorized'), { unauthorized: 'Those did not match.' });
    expect(text).toBe('Those did not match.');
  });

  it('falls back for anything else without echoing its message', () => {
    expect(describeError(new Error('secret words the person typed'))).toBe(say(unexpectedText));
    // A code outside the contract (the client's decoder never makes one, but an error may be made by hand).
    expect(describeError(new ServiceError('something_new' as ErrorCode))).toBe(say(unexpectedText));
  });
});

describe('what went wrong, in the language Tend speaks', () => {
  it('is German in German and Spanish in Spanish, for every code, and never English there', async () => {
    const inEnglish = errorCodes.map((code) => describeError(new ServiceError(code)));
    for (const language of ['de', 'es'] as const) {
      await activateLanguage(language);
      errorCodes.forEach((code, i) => expect(describeError(new ServiceError(code))).not.toBe(inEnglish[i]));
    }
    await activateLanguage('de');
    expect(describeError(new WrongPassphraseError())).toBe(
      'Diese Passphrase hat den Tresor nicht geöffnet. Nichts ist verloren: Du kannst es noch einmal versuchen, wann immer du bereit bist.',
    );
    await activateLanguage('es');
    expect(describeError(new ServiceError('offline'))).toBe(
      'Parece que no tienes conexión. Tus palabras están a salvo en este dispositivo y se sincronizarán más tarde.',
    );
    await activateLanguage('en');
  });
});
