import {
  delayUnits,
  meetingLimits,
  type DelayUnit,
  type MeetingDraft,
  type Part,
  type Presence,
  type Stance,
} from '@tend/core';

/** What the meeting flow holds while the person goes step by step; kept in memory until saved. */
export interface MeetingFormDraft {
  readonly step: number;
  readonly partId: string;
  readonly broughtForward: string;
  readonly felt: string;
  readonly needed: string;
  readonly stances: readonly Stance[];
  readonly presence: Presence | null;
  readonly offered: string;
  readonly intensityBefore: number | null;
  readonly intensityAfter: number | null;
  readonly bothTrue: string;
  readonly onWhom: string;
  /** As typed, so a half-typed number is never lost; read when saving. */
  readonly delayAmount: string;
  readonly delayUnit: DelayUnit;
}

/** What each step of the meeting flow receives. */
export interface StepProps {
  readonly draft: MeetingFormDraft;
  readonly onDraft: (changes: Partial<MeetingFormDraft>) => void;
  readonly parts: readonly Part[];
  /** Which meeting in progress this is, for what the person dismissed in its noticings. */
  readonly draftKey: string;
}

export function freshMeetingDraft(partId: string): MeetingFormDraft {
  return {
    step: partId ? 1 : 0,
    partId,
    broughtForward: '',
    felt: '',
    needed: '',
    stances: [],
    presence: null,
    offered: '',
    intensityBefore: null,
    intensityAfter: null,
    bothTrue: '',
    onWhom: '',
    delayAmount: '',
    delayUnit: 'minutes',
  };
}

export const isDelayUnit = (value: string): value is DelayUnit => delayUnits.some((unit) => unit === value);

/** A whole, non-negative amount within the domain's limit, or null when none was given. */
function readAmount(text: string, unit: DelayUnit): number | null {
  const amount = Number(text.trim());
  if (!text.trim() || !Number.isFinite(amount) || amount < 0) return null;
  const perUnit = unit === 'days' ? 1440 : unit === 'hours' ? 60 : 1;
  return Math.min(Math.round(amount), Math.floor(meetingLimits.delayMinutes / perUnit));
}

/** The domain's draft from whatever was entered so far: empty steps simply stay unsaid. */
export function toMeetingDraft(draft: MeetingFormDraft): MeetingDraft {
  const onWhom = draft.onWhom.trim();
  const amount = readAmount(draft.delayAmount, draft.delayUnit);
  const recognisedAfter = amount === null ? null : { amount, unit: draft.delayUnit };
  return {
    partIds: [draft.partId],
    broughtForward: draft.broughtForward,
    felt: draft.felt,
    needed: draft.needed,
    stances: draft.stances,
    presence: draft.presence,
    offered: draft.offered,
    intensityBefore: draft.intensityBefore,
    intensityAfter: draft.intensityAfter,
    bothTrue: draft.bothTrue,
    projection: onWhom || recognisedAfter ? { onWhom, recognisedAfter } : null,
  };
}
