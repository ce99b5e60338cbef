import {
  delayUnits,
  stableJson,
  localDate,
  meetingLimits,
  type DelayUnit,
  type Meeting,
  type MeetingDraft,
  type MeetingFields,
  type Part,
  type PatternResponse,
  type Pattern,
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
  /** Other parts that were here too, met in the same moment. */
  readonly alsoPartIds: readonly string[];
  /** The day it happened as YYYY-MM-DD, or empty for now. */
  readonly day: string;
  /** The pattern this meeting belongs to, or empty. */
  readonly patternId: string;
  readonly response: PatternResponse | null;
}

/** What each step of the meeting flow receives. */
export interface StepProps {
  readonly draft: MeetingFormDraft;
  readonly onDraft: (changes: Partial<MeetingFormDraft>) => void;
  readonly parts: readonly Part[];
  /** Which meeting in progress this is, for what the person dismissed in its noticings. */
  readonly draftKey: string;
  readonly patterns: readonly Pattern[];
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
    alsoPartIds: [],
    day: '',
    patternId: '',
    response: null,
  };
}

/** The form's view of a saved meeting, so every field can be changed where it was written. */
export function draftOfMeeting(meeting: Meeting): MeetingFormDraft {
  const f = meeting.fields;
  const [partId = '', ...alsoPartIds] = f.partIds;
  const delay = f.projection?.recognisedAfter ?? null;
  return {
    step: 0,
    partId,
    alsoPartIds,
    broughtForward: f.broughtForward,
    felt: f.felt,
    needed: f.needed,
    stances: f.stances,
    presence: f.presence,
    offered: f.offered,
    intensityBefore: f.intensityBefore,
    intensityAfter: f.intensityAfter,
    bothTrue: f.bothTrue,
    onWhom: f.projection?.onWhom ?? '',
    delayAmount: delay ? String(delay.amount) : '',
    delayUnit: delay?.unit ?? 'minutes',
    day: localDate(f.when),
    patternId: f.patternId ?? '',
    response: f.response,
  };
}

/**
 * The moment a meeting happened on the chosen day: a meeting already kept keeps its time of day, a new
 * one written for an earlier day sits at that day's midday, so it stays on that calendar day.
 */
export function whenOnDay(day: string, keptWhen?: number): number | null {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return null;
  const moment = keptWhen === undefined ? new Date(year, month - 1, date, 12) : new Date(keptWhen);
  moment.setFullYear(year, month - 1, date);
  return Number.isFinite(moment.getTime()) ? moment.getTime() : null;
}

export const isDelayUnit = (value: string): value is DelayUnit => delayUnits.some((unit) => unit === value);

/** A whole, non-negative amount within the domain's limit, or null when none was given. */
function readAmount(text: string, unit: DelayUnit): number | null {
  const amount = Number(text.trim());
  if (!text.trim() || !Number.isFinite(amount) || amount < 0) return null;
  const perUnit = unit === 'days' ? 1440 : unit === 'hours' ? 60 : 1;
  return Math.min(Math.round(amount), Math.floor(meetingLimits.delayMinutes / perUnit));
}

/**
 * The domain's draft from whatever was entered so far: empty steps simply stay unsaid. `keptWhen` is
 * the moment of a meeting already kept, whose time of day a change of day keeps.
 */
export function toMeetingDraft(draft: MeetingFormDraft, keptWhen?: number): MeetingDraft {
  const onWhom = draft.onWhom.trim();
  const amount = readAmount(draft.delayAmount, draft.delayUnit);
  const recognisedAfter = amount === null ? null : { amount, unit: draft.delayUnit };
  const when = draft.day ? whenOnDay(draft.day, keptWhen) : null;
  const others = draft.alsoPartIds.filter((id, i, all) => id !== draft.partId && all.indexOf(id) === i);
  return {
    ...(when === null ? {} : { when }),
    partIds: [draft.partId, ...others],
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
    patternId: draft.patternId || null,
    response: draft.patternId ? draft.response : null,
  };
}

/**
 * What the person changed in the form since it opened, field by field: only these are handed to the
 * edit, so a change made meanwhile on another device to another field is kept, not written over.
 */
export function changedFields(
  opened: MeetingFormDraft,
  now: MeetingFormDraft,
  keptWhen: number,
): Partial<MeetingFields> {
  const before: Record<string, unknown> = { ...toMeetingDraft(opened, keptWhen) };
  const after = toMeetingDraft(now, keptWhen);
  return Object.fromEntries(
    Object.entries(after).filter(([field, value]) => stableJson(before[field]) !== stableJson(value)),
  );
}
