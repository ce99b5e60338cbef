import { describe, expect, it } from 'vitest';
import { crisisRegions } from '@tend/core';
import { callLink, emergencyLinks, textLink } from './contact-links.ts';

describe('contact links', () => {
  it('dials the digits of a spaced number', () => {
    expect(callLink('0800 111 0 111')).toEqual({ href: 'tel:08001110111', label: 'Call 0800 111 0 111' });
  });

  it('texts a short code or a keyword to a number', () => {
    expect(textLink('988')).toEqual({ href: 'sms:988', label: 'Text 988' });
    expect(textLink('Text HOME to 741741')).toEqual({
      href: 'sms:741741?&body=HOME',
      label: 'Text HOME to 741741',
    });
    expect(textLink('write to us')).toBeNull();
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
