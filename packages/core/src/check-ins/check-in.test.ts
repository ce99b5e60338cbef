import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testPorts } from '../parts/test-factories.ts';
import { makeCheckIn } from '../relationships/test-factories.ts';
import { mergeVaultObjects } from '../vault/merge.ts';
import { parseVaultObject } from '../vault/parse-vault-object.ts';
import { checkCheckIn, isCheckIn } from './check-check-in.ts';
import {
  abandonedMyselfAnswers,
  checkInQualities,
  emptyCheckInAnswers,
  feltScale,
  heldBoundaryAnswers,
  type CheckInProblem,
  type RelationalCheckInFields,
} from './check-in.ts';
import { editCheckIn } from './edit-check-in.ts';
import { recordCheckIn } from './record-check-in.ts';

const relationshipId = '01890000-0000-7000-8000-000000000001';
const base: RelationalCheckInFields = { ...emptyCheckInAnswers, relationshipId, at: Date.UTC(2026, 2, 3) };

describe('checkCheckIn', () => {
  it.each<[string, Partial<RelationalCheckInFields>, CheckInProblem[]]>([
    ['only the relationship', {}, []],
    [
      'everything',
      {
        seen: 'mostly',
        validated: 'a-little',
        attunedTo: 'not-at-all',
        reciprocity: 'fully',
        safeAndRespected: 'mostly',
        couldBeMyself: 'a-little',
        abandonedMyself: 'not-sure',
        heldBoundary: 'did-not-need-to',
        afterwards: -2,
        note: 'We walked by the river.',
      },
      [],
    ],
    ['no relationship', { relationshipId: '' }, ['relationship-invalid']],
    ['a relationship that is no id', { relationshipId: 'sister' }, ['relationship-invalid']],
    ['no time', { at: Number.NaN }, ['at-invalid']],
    ['a time before 1970', { at: -1 }, ['at-invalid']],
    ['an unknown feeling of being seen', { seen: 'very' as never }, ['seen-unknown']],
    ['an unknown reciprocity', { reciprocity: 'yes' as never }, ['reciprocity-unknown']],
    ['an unknown self-abandonment', { abandonedMyself: 'maybe' as never }, ['abandoned-myself-unknown']],
    ['an unknown boundary answer', { heldBoundary: 'kind of' as never }, ['held-boundary-unknown']],
    ['afterwards above the scale', { afterwards: 3 }, ['afterwards-invalid']],
    ['afterwards below the scale', { afterwards: -3 }, ['afterwards-invalid']],
    ['afterwards in halves', { afterwards: 0.5 }, ['afterwards-invalid']],
    ['a long note', { note: 'x'.repeat(20_001) }, ['note-too-long']],
  ])('%s', (_, changes, problems) => {
    expect(checkCheckIn({ ...base, ...changes })).toEqual(problems);
  });

  it('accepts every combination of answers on the scales', () => {
    const answer = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: null });
    const qualities = fc.record(
      Object.fromEntries(checkInQualities.map((q) => [q, answer(feltScale)])) as Record<
        (typeof checkInQualities)[number],
        fc.Arbitrary<(typeof feltScale)[number] | null>
      >,
    );
    fc.assert(
      fc.property(
        qualities,
        answer(abandonedMyselfAnswers),
        answer(heldBoundaryAnswers),
        fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
        fc.string({ maxLength: 50 }),
        (felt, abandonedMyself, heldBoundary, afterwards, note) => {
          const result = recordCheckIn(testPorts(), {
            relationshipId,
            ...felt,
            abandonedMyself,
            heldBoundary,
            afterwards,
            note,
          });
          expect(result.ok).toBe(true);
          const readBack = result.ok ? parseVaultObject(JSON.parse(JSON.stringify(result.checkIn))) : null;
          expect(readBack && isCheckIn(readBack)).toBe(true);
        },
      ),
    );
  });
});

describe('relational check-ins', () => {
  it('records a check-in with only the relationship, dated now', () => {
    const ports = testPorts();
    const checkIn = makeCheckIn(ports, { relationshipId });
    expect(checkIn.kind).toBe('relational-check-in');
    expect(checkIn.fields).toEqual({ ...base, at: ports.clock.now() });
  });

  it('keeps an earlier time together when one is given', () => {
    const checkIn = makeCheckIn(testPorts(), { relationshipId, at: Date.UTC(2025, 11, 24) });
    expect(checkIn.fields.at).toBe(Date.UTC(2025, 11, 24));
  });

  it('says what is wrong and records nothing', () => {
    expect(recordCheckIn(testPorts(), { relationshipId, afterwards: 5 })).toEqual({
      ok: false,
      problems: ['afterwards-invalid'],
    });
  });

  it('merges answers added on two devices, field by field', () => {
    const ports = testPorts();
    const checkIn = makeCheckIn(ports, { relationshipId, seen: 'a-little' });
    ports.tick(60_000);
    const phone = editCheckIn(ports, checkIn, { afterwards: 1 });
    ports.tick(60_000);
    const laptop = editCheckIn(ports, checkIn, { note: 'She asked about my work.', seen: 'mostly' });
    if (!phone.ok || !laptop.ok) throw new Error('edits should pass');
    const merged = mergeVaultObjects(phone.checkIn, laptop.checkIn);
    expect(merged.fields).toMatchObject({ afterwards: 1, seen: 'mostly', note: 'She asked about my work.' });
    expect(editCheckIn(ports, checkIn, { heldBoundary: 'often' as never })).toEqual({
      ok: false,
      problems: ['held-boundary-unknown'],
    });
  });

  it('clears an answer when it is set back to null', () => {
    const ports = testPorts();
    const checkIn = makeCheckIn(ports, { relationshipId, abandonedMyself: 'yes' });
    ports.tick(1000);
    const edited = editCheckIn(ports, checkIn, { abandonedMyself: null });
    expect(edited.ok && edited.checkIn.fields.abandonedMyself).toBeNull();
  });

  it('recognises a check-in read back from the vault, and nothing else', () => {
    const checkIn = makeCheckIn(testPorts(), { relationshipId, afterwards: 2, validated: 'fully' });
    const readBack = parseVaultObject(JSON.parse(JSON.stringify(checkIn)));
    expect(readBack && isCheckIn(readBack)).toBe(true);
    expect(isCheckIn({ ...checkIn, kind: 'meeting' })).toBe(false);
    expect(isCheckIn({ ...checkIn, fields: { ...checkIn.fields, afterwards: 'good' } })).toBe(false);
    expect(isCheckIn({ ...checkIn, fields: { ...checkIn.fields, seen: true } })).toBe(false);
    const withoutNote = Object.fromEntries(Object.entries(checkIn.fields).filter(([key]) => key !== 'note'));
    expect(isCheckIn({ ...checkIn, fields: withoutNote })).toBe(false);
  });
});
