import { checkMeeting, recordMeeting } from '@tend/core';
import { describe, expect, it } from 'vitest';
import { freshMeetingDraft, toMeetingDraft } from './meeting-draft.ts';

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

function recordOk(draft: ReturnType<typeof freshMeetingDraft>) {
  const result = recordMeeting(ports, toMeetingDraft(draft));
  if (!result.ok) throw new Error(result.problems.join());
  return result.meeting.fields;
}
