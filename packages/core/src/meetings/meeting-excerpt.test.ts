import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeMeeting, makePart, testPorts } from '../parts/test-factories.ts';
import { meetingExcerpt } from './meeting-excerpt.ts';
import type { MeetingDraft } from './meeting.ts';

const ports = testPorts();
const part = makePart(ports);
const meeting = (draft: Omit<MeetingDraft, 'partIds'>) =>
  makeMeeting(ports, { partIds: [part.id], ...draft });

describe('meetingExcerpt', () => {
  it.each<[string, Omit<MeetingDraft, 'partIds'>, string]>([
    ['nothing written', {}, ''],
    ['only spaces', { broughtForward: '   \n ' }, ''],
    ['what I offered comes first', { broughtForward: 'A sharp email', offered: 'Warmth' }, 'Warmth'],
    ['then what brought it forward', { broughtForward: 'A sharp email', felt: 'Small' }, 'A sharp email'],
    ['then what it felt', { felt: 'Small', needed: 'Quiet' }, 'Small'],
    ['then what it needed', { needed: 'To be heard', bothTrue: 'Both' }, 'To be heard'],
    ['then both things that are true', { bothTrue: 'I am tired and I care' }, 'I am tired and I care'],
    [
      'then on whom a projection fell',
      { projection: { onWhom: 'my father', recognisedAfter: null } },
      'my father',
    ],
    ['lines become one line', { felt: 'Heavy\n\n  and slow' }, 'Heavy and slow'],
  ])('%s', (_, draft, expected) => {
    expect(meetingExcerpt(meeting(draft))).toBe(expected);
  });

  it('cuts long words at a word and says so with an ellipsis', () => {
    const text =
      'The same kind of email came again and this time I noticed the tightness before I answered it';
    expect(meetingExcerpt(meeting({ broughtForward: text }), 40)).toBe(
      'The same kind of email came again and…',
    );
  });

  it('is always a prefix of the person’s own words, never longer than asked', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 10, max: 200 }), (words, length) => {
        const excerpt = meetingExcerpt(meeting({ offered: words }), length);
        const plain = words.trim().replace(/\s+/g, ' ');
        expect(excerpt.length).toBeLessThanOrEqual(length + 1);
        expect(plain.startsWith(excerpt.replace(/…$/, ''))).toBe(true);
      }),
    );
  });
});
