import { checkMeeting, recordMeeting } from '@tend/core';
import { describe, expect, it } from 'vitest';
import {
  changedFields,
  draftOfMeeting,
  freshMeetingDraft,
  toMeetingDraft,
  whenOnDay,
} from './meeting-draft.ts';

const partId = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const ports = {
  clock: { now: () => 1_700_000_000_000 },
  ids: { newId: () => '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c' },
};

describe('toMeetingDraft', () => {
  it('saves a meeting with only the part', () => {
    const result = recordMeeting(ports, toMeetingDraft(freshMeetingDraft(partId)));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.meeting.fields.partIds).toEqual([partId]);
      expect(result.meeting.fields.projection).toBeNull();
      expect(result.meeting.fields.stances).toEqual([]);
    }
  });

  it('starts at the part step only when no part is chosen yet', () => {
    expect(freshMeetingDraft('').step).toBe(0);
    expect(freshMeetingDraft(partId).step).toBe(1);
  });

  it('reads the projection delay in the chosen unit', () => {
    const draft = {
      ...freshMeetingDraft(partId),
      onWhom: 'my boss',
      delayAmount: ' 3 ',
      delayUnit: 'hours' as const,
    };
    expect(toMeetingDraft(draft).projection).toEqual({
      onWhom: 'my boss',
      recognisedAfter: { amount: 3, unit: 'hours' },
    });
  });

  it.each(['', 'soon', '-2'])('leaves an unreadable delay (%s) unsaid', (delayAmount) => {
    const draft = { ...freshMeetingDraft(partId), onWhom: 'someone', delayAmount };
    expect(toMeetingDraft(draft).projection).toEqual({ onWhom: 'someone', recognisedAfter: null });
  });

  it('keeps a huge delay within what the domain accepts', () => {
    const draft = { ...freshMeetingDraft(partId), delayAmount: '99999999', delayUnit: 'days' as const };
    const fields = { ...recordOk(draft) };
    expect(checkMeeting(fields)).toEqual([]);
  });
});

describe('draftOfMeeting', () => {
  const otherPart = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5d';
  const patternId = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5e';
  const when = new Date(2026, 2, 28, 9, 30).getTime();

  it('gives every field back to the form, and the form gives back the same meeting', () => {
    const fields = recordOk({
      ...freshMeetingDraft(partId),
      alsoPartIds: [otherPart],
      broughtForward: 'A sharp email',
      felt: 'Small',
      needed: 'To be heard',
      stances: ['stayed-with-compassion'],
      presence: 'in-and-out',
      offered: 'A hand on my chest',
      intensityBefore: 7,
      intensityAfter: 4,
      bothTrue: 'I am angry, and I love them',
      onWhom: 'my father',
      delayAmount: '2',
      delayUnit: 'hours',
      day: '2026-03-28',
      patternId,
      response: 'new',
    });
    const meeting = { id: partId, kind: 'meeting', createdAt: when, fields, stamps: {} };
    const again = toMeetingDraft(draftOfMeeting(meeting), fields.when);
    expect({ ...fields, ...again }).toEqual(fields);
    expect(fields.partIds).toEqual([partId, otherPart]);
  });

  it('keeps the time of day when only the day changes', () => {
    const moved = whenOnDay('2026-03-20', when);
    expect(moved).toBe(new Date(2026, 2, 20, 9, 30).getTime());
    expect(whenOnDay('2026-03-28', when)).toBe(when);
    expect(whenOnDay('2026-03-20')).toBe(new Date(2026, 2, 20, 12).getTime());
    expect(whenOnDay('not a day')).toBeNull();
  });

  it('names each part once, the first chosen first', () => {
    const draft = { ...freshMeetingDraft(partId), alsoPartIds: [partId, otherPart, otherPart] };
    expect(toMeetingDraft(draft).partIds).toEqual([partId, otherPart]);
  });

  it('hands on only the fields the person changed', () => {
    const opened = {
      ...freshMeetingDraft(partId),
      offered: 'Warmth',
      onWhom: 'my father',
      day: '2026-03-28',
    };
    const edited = { ...opened, offered: 'Warmth and time', delayAmount: '3' };
    expect(changedFields(opened, edited, when)).toEqual({
      offered: 'Warmth and time',
      projection: { onWhom: 'my father', recognisedAfter: { amount: 3, unit: 'minutes' } },
    });
    expect(changedFields(opened, { ...opened, day: '2026-03-27' }, when)).toEqual({
      when: new Date(2026, 2, 27, 9, 30).getTime(),
    });
    expect(changedFields(opened, opened, when)).toEqual({});
  });

  it('lets a response go with its pattern', () => {
    const draft = { ...freshMeetingDraft(partId), patternId: '', response: 'old' as const };
    expect(toMeetingDraft(draft)).toMatchObject({ patternId: null, response: null });
  });
});

function recordOk(draft: ReturnType<typeof freshMeetingDraft>) {
  const result = recordMeeting(ports, toMeetingDraft(draft));
  if (!result.ok) throw new Error(result.problems.join());
  return result.meeting.fields;
}
