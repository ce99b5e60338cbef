import { describe, expect, it } from 'vitest';
import { makeMeeting, makePart, testPorts } from '../parts/test-factories.ts';
import { mergeVaultObjects } from '../vault/merge.ts';
import { parseVaultObject } from '../vault/parse-vault-object.ts';
import { checkMeeting, isMeeting } from './check-meeting.ts';
import { editMeeting } from './edit-meeting.ts';
import { delayInMinutes, type MeetingFields, type MeetingProblem } from './meeting.ts';
import { recordMeeting } from './record-meeting.ts';

const partId = '01890000-0000-7000-8000-000000000001';
const base: MeetingFields = {
  when: Date.UTC(2026, 2, 3),
  partIds: [partId],
  broughtForward: '',
  felt: '',
  needed: '',
  offered: '',
  bothTrue: '',
  stances: [],
  presence: null,
  intensityBefore: null,
  intensityAfter: null,
  projection: null,
  patternId: null,
  response: null,
};

describe('checkMeeting', () => {
  it.each<[string, Partial<MeetingFields>, MeetingProblem[]]>([
    ['only a part', {}, []],
    [
      'everything',
      {
        stances: ['stayed-with-compassion', 'exiled'],
        presence: 'in-and-out',
        intensityBefore: 8,
        intensityAfter: 4,
        bothTrue: 'I am angry and I love her',
        projection: { onWhom: 'my boss', recognisedAfter: { amount: 2, unit: 'hours' } },
        patternId: partId,
        response: 'new',
      },
      [],
    ],
    ['no part', { partIds: [] }, ['parts-missing']],
    ['a part that is no id', { partIds: ['x'] }, ['part-invalid']],
    ['a part twice', { partIds: [partId, partId] }, ['part-repeated']],
    ['no time', { when: Number.NaN }, ['when-invalid']],
    ['a long felt', { felt: 'x'.repeat(20_001) }, ['felt-too-long']],
    ['an unknown stance', { stances: ['ignored' as never] }, ['stance-unknown']],
    ['a stance twice', { stances: ['exiled', 'exiled'] }, ['stance-repeated']],
    ['an unknown presence', { presence: 'asleep' as never }, ['presence-unknown']],
    ['intensity above ten', { intensityBefore: 11 }, ['intensity-invalid']],
    ['intensity below zero', { intensityAfter: -1 }, ['intensity-invalid']],
    ['a fractional intensity', { intensityAfter: 2.5 }, ['intensity-invalid']],
    ['a projection without a delay', { projection: { onWhom: 'him', recognisedAfter: null } }, []],
    [
      'a long projection',
      { projection: { onWhom: 'x'.repeat(201), recognisedAfter: null } },
      ['projection-too-long'],
    ],
    [
      'a negative delay',
      { projection: { onWhom: '', recognisedAfter: { amount: -1, unit: 'days' } } },
      ['delay-invalid'],
    ],
    [
      'an unknown unit',
      { projection: { onWhom: '', recognisedAfter: { amount: 1, unit: 'weeks' as never } } },
      ['delay-invalid'],
    ],
    ['a pattern that is no id', { patternId: 'p' }, ['pattern-invalid']],
    ['an unknown response', { response: 'better' as never }, ['response-unknown']],
  ])('%s', (_, changes, problems) => {
    expect(checkMeeting({ ...base, ...changes })).toEqual(problems);
  });
});

describe('meetings', () => {
  it('records a meeting with only a part, dated now', () => {
    const ports = testPorts();
    const part = makePart(ports);
    const meeting = makeMeeting(ports, { partIds: [part.id] });
    expect(meeting.kind).toBe('meeting');
    expect(meeting.fields).toEqual({ ...base, when: ports.clock.now(), partIds: [part.id] });
  });

  it('says what is wrong and records nothing', () => {
    expect(recordMeeting(testPorts(), { partIds: [] })).toEqual({ ok: false, problems: ['parts-missing'] });
  });

  it('edits a meeting and keeps each field’s history for merging', () => {
    const ports = testPorts();
    const meeting = makeMeeting(ports, { partIds: [partId], felt: 'alone' });
    ports.tick(60_000);
    const phone = editMeeting(ports, meeting, { offered: 'a hand on my chest' });
    ports.tick(60_000);
    const laptop = editMeeting(ports, meeting, { presence: 'present' });
    if (!phone.ok || !laptop.ok) throw new Error('edits should pass');
    expect(phone.meeting.stamps['felt']).toBe(meeting.stamps['felt']);
    const merged = mergeVaultObjects(phone.meeting, laptop.meeting);
    expect(merged.fields).toMatchObject({
      felt: 'alone',
      offered: 'a hand on my chest',
      presence: 'present',
    });
    expect(editMeeting(ports, meeting, { intensityAfter: 12 })).toEqual({
      ok: false,
      problems: ['intensity-invalid'],
    });
  });

  it('counts recognition delays in minutes', () => {
    expect(delayInMinutes({ amount: 30, unit: 'minutes' })).toBe(30);
    expect(delayInMinutes({ amount: 2, unit: 'hours' })).toBe(120);
    expect(delayInMinutes({ amount: 1.5, unit: 'days' })).toBe(2160);
  });

  it('recognises a meeting read back from the vault, and nothing else', () => {
    const meeting = makeMeeting(testPorts(), {
      partIds: [partId],
      projection: { onWhom: 'her', recognisedAfter: null },
    });
    const readBack = parseVaultObject(JSON.parse(JSON.stringify(meeting)));
    expect(readBack && isMeeting(readBack)).toBe(true);
    expect(isMeeting({ ...meeting, kind: 'part' })).toBe(false);
    expect(isMeeting({ ...meeting, fields: { ...meeting.fields, partIds: 'one' } })).toBe(false);
    expect(isMeeting({ ...meeting, fields: { ...meeting.fields, projection: { onWhom: 1 } } })).toBe(false);
  });
});
