import { afterAll, describe, expect, it } from 'vitest';
import { crisisRegions } from '@tend/core';
import { activateLanguage } from '../i18n/activate.ts';
import { callLink, emergencyLinks, reachPieces, textLink } from './contact-links.ts';

describe('contact links', () => {
  it('dials the digits of a spaced number', () => {
    expect(callLink('0800 111 0 111')).toEqual({
      href: 'tel:08001110111',
      label: 'Call 0800\u00a0111\u00a00\u00a0111',
    });
  });

  it('keeps a number whole on one line, however narrow its button', () => {
    expect(callLink('116 123').label).toBe('Call 116\u00a0123');
    expect(callLink(' 116  123 ').label).not.toMatch(/\d\s*[ \t\n]\s*\d/);
  });

  it('texts a short code or a keyword to a number', () => {
    expect(textLink('988')).toEqual({ href: 'sms:988', label: 'Text 988' });
    expect(textLink('Text HOME to 741741')).toEqual({
      href: 'sms:741741?&body=HOME',
      label: 'Text HOME to 741741',
    });
    expect(textLink('write to us')).toBeNull();
  });

  describe('in German and Spanish', () => {
    afterAll(() => activateLanguage('en'));

    it.each([
      ['de', '„SHOUT“ per SMS an 85258'],
      ['es', 'Enviar «SHOUT» por SMS al 85258'],
    ] as const)(
      'says how to text a keyword in %s, the keyword as the service writes it',
      async (language, label) => {
        await activateLanguage(language);
        expect(textLink('Text SHOUT to 85258')).toEqual({ href: 'sms:85258?&body=SHOUT', label });
      },
    );
  });

  it('finds every emergency number, and none in words alone', () => {
    expect(emergencyLinks('112 or 999').map((l) => l.href)).toEqual(['tel:112', 'tel:999']);
    expect(emergencyLinks('your local emergency number')).toEqual([]);
  });

  it('makes a link for every text entry in the crisis data', () => {
    for (const region of crisisRegions)
      for (const line of region.lines) if (line.text) expect(textLink(line.text), line.name).not.toBeNull();
  });
});

describe('reachPieces', () => {
  const links = (words: string) =>
    reachPieces(words).flatMap((piece) => ('href' in piece ? [[piece.text, piece.href]] : []));

  it.each([
    ['555 0100', [['555 0100', 'tel:5550100']]],
    ['Call Sam on +44 (0)7700 900-123 after six', [['+44 (0)7700 900-123', 'tel:+4407700900123']]],
    [
      'sam@example.org or www.example.org.',
      [
        ['sam@example.org', 'mailto:sam@example.org'],
        ['www.example.org', 'https://www.example.org'],
      ],
    ],
    ['https://findahelpline.com, any time', [['https://findahelpline.com', 'https://findahelpline.com']]],
    ['Text 85258', [['85258', 'tel:85258']]],
  ])('links what can be opened in %j', (words, expected) => {
    expect(links(words)).toEqual(expected);
  });

  it.each(['2 streets away', 'Wednesdays 10', 'since 2026-01-31', 'the bench by the pond'])(
    'leaves %j as words',
    (words) => {
      expect(links(words)).toEqual([]);
    },
  );

  it('keeps every character the person wrote, in order', () => {
    const words = 'Ayla 07700 900123, ayla@example.org; or the park.';
    expect(
      reachPieces(words)
        .map((piece) => piece.text)
        .join(''),
    ).toBe(words);
  });
});
