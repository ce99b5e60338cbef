import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeVaultObjects } from '../vault/merge.ts';
import { parseVaultObject } from '../vault/parse-vault-object.ts';
import { checkPause, isPause } from './check-pause.ts';
import { finishPause } from './finish-pause.ts';
import { pauseSteps, type PauseFields, type PauseProblem, type PauseStep } from './pause.ts';
import { startPause, type PauseDraft } from './start-pause.ts';
import { makePause, okPause, testPorts } from './test-factories.ts';
import { unfinishedPauses } from './unfinished-pauses.ts';
import { updatePause, type PauseUpdate } from './update-pause.ts';

const id = '01890000-0000-7000-8000-000000000001';
const other = '01890000-0000-7000-8000-000000000002';

describe('checkPause', () => {
  it.each<[string, PauseDraft, PauseProblem[]]>([
    ['only the start', {}, []],
    [
      'every step',
      {
        breath: { outcome: 'done', inSeconds: 4, outSeconds: 6 },
        intensity: 8,
        whatHappened: 'She left without a word.',
        partIds: [id],
        relationshipIds: [other],
        whoElse: 'my sister',
        bodyNeeds: ['water', 'quiet'],
        needs: ['reassurance', 'to-cry'],
        ownNeeds: 'to hear my own voice',
        optionsShown: [id, other],
        willDo: 'Text Sam, then drink water.',
        intensityAfter: 5,
        response: 'noticed-afterwards',
        noticedAfter: { amount: 2, unit: 'hours' },
        patternId: id,
      },
      [],
    ],
    ['a skipped breath', { breath: { outcome: 'skipped', inSeconds: 4, outSeconds: 4 } }, []],
    [
      'an odd breath',
      { breath: { outcome: 'held' as never, inSeconds: 4, outSeconds: 4 } },
      ['breath-invalid'],
    ],
    [
      'a breath of no length',
      { breath: { outcome: 'done', inSeconds: 0, outSeconds: 4 } },
      ['breath-invalid'],
    ],
    ['no start', { startedAt: Number.NaN }, ['started-invalid']],
    ['intensity above ten', { intensity: 11 }, ['intensity-invalid']],
    ['a fractional intensity after', { intensityAfter: 3.5 }, ['intensity-invalid']],
    ['a long account', { whatHappened: 'x'.repeat(20_001) }, ['whatHappened-too-long']],
    ['long words for who', { whoElse: 'x'.repeat(501) }, ['whoElse-too-long']],
    ['a part that is no id', { partIds: ['p'] }, ['part-invalid']],
    ['a relationship twice', { relationshipIds: [id, id] }, ['relationship-invalid']],
    ['an option that is no id', { optionsShown: ['r'] }, ['resource-invalid']],
    ['a helpful option twice', { optionsHelped: [id, id] }, ['resource-invalid']],
    ['too many parts', { partIds: Array.from({ length: 51 }, () => id) }, ['too-many-links', 'part-invalid']],
    ['an unknown body need', { bodyNeeds: ['sugar' as never] }, ['body-need-unknown']],
    ['a need twice', { needs: ['space', 'space'] }, ['need-repeated']],
    ['an unknown need', { needs: ['chocolate' as never] }, ['need-unknown']],
    ['a body need twice', { bodyNeeds: ['food', 'food'] }, ['body-need-repeated']],
    ['an unknown response', { response: 'better' as never }, ['response-unknown']],
    [
      'a delay without noticing afterwards',
      { response: 'old', noticedAfter: { amount: 1, unit: 'days' } },
      ['delay-without-noticing'],
    ],
    [
      'a negative delay',
      { response: 'noticed-afterwards', noticedAfter: { amount: -1, unit: 'days' } },
      ['delay-invalid'],
    ],
    ['a pattern that is no id', { patternId: 'p' }, ['pattern-invalid']],
  ])('%s', (_, draft, problems) => {
    const result = startPause(testPorts(), draft);
    expect(result.ok ? [] : result.problems).toEqual(problems);
    if (result.ok) expect(checkPause(result.pause.fields)).toEqual([]);
  });
});

describe('checkPause on fields merged or read back', () => {
  it.each<[string, readonly string[], PauseProblem[]]>([
    ['steps in order', ['breathe', 'afterwards'], []],
    ['a step twice', ['notice', 'notice'], ['step-repeated']],
    ['an unknown step', ['dance'], ['step-unknown']],
  ])('%s', (_, steps, problems) => {
    const fields = makePause(testPorts()).fields;
    expect(checkPause({ ...fields, steps: steps as PauseStep[] })).toEqual(problems);
  });
});

describe('pause', () => {
  it('starts with one tap, open, dated now, no step reached', () => {
    const ports = testPorts();
    const pause = makePause(ports);
    expect(pause.fields).toMatchObject({ startedAt: ports.clock.now(), steps: [], finishedAt: null });
  });

  it('marks each step reached by what is entered there, in flow order', () => {
    const ports = testPorts();
    const pause = makePause(ports, {
      needs: ['space'],
      breath: { outcome: 'skipped', inSeconds: 4, outSeconds: 4 },
    });
    expect(pause.fields.steps).toEqual(['breathe', 'needs']);
    const looked = okPause(updatePause(ports, pause, { reached: 'options', intensity: 6 }));
    expect(looked.fields.steps).toEqual(['breathe', 'notice', 'needs', 'options']);
  });

  it('keeps what was entered when the person leaves at any step', () => {
    const ports = testPorts();
    const pause = makePause(ports, { intensity: 9, whatHappened: 'The door slammed.' });
    ports.tick(60_000);
    const later = okPause(updatePause(ports, pause, { bodyNeeds: ['water'] }));
    expect(later.fields).toMatchObject({
      intensity: 9,
      whatHappened: 'The door slammed.',
      bodyNeeds: ['water'],
    });
    expect(unfinishedPauses([later])).toEqual([later]);
  });

  it('finishes later, once, with the afterwards step', () => {
    const ports = testPorts();
    const pause = makePause(ports, { intensity: 8 });
    ports.tick(3 * 3_600_000);
    const finished = okPause(
      finishPause(ports, pause, { intensityAfter: 4, response: 'new', patternId: id }),
    );
    expect(finished.fields).toMatchObject({
      finishedAt: ports.clock.now(),
      intensityAfter: 4,
      response: 'new',
    });
    expect(finished.fields.steps).toEqual(['notice', 'afterwards']);
    ports.tick(60_000);
    const again = okPause(finishPause(ports, finished, { intensityAfter: 3 }));
    expect(again.fields.finishedAt).toBe(finished.fields.finishedAt);
    expect(again.fields.intensityAfter).toBe(3);
    expect(finishPause(ports, pause, { intensityAfter: 12 })).toEqual({
      ok: false,
      problems: ['intensity-invalid'],
    });
  });

  it('drops the delay when the response changes away from noticing afterwards', () => {
    const ports = testPorts();
    const noticed = makePause(ports, {
      response: 'noticed-afterwards',
      noticedAfter: { amount: 20, unit: 'minutes' },
    });
    const changed = okPause(updatePause(ports, noticed, { response: 'old' }));
    expect(changed.fields.noticedAfter).toBeNull();
    const kept = okPause(updatePause(ports, noticed, { intensity: 2 }));
    expect(kept.fields.noticedAfter).toEqual({ amount: 20, unit: 'minutes' });
  });

  it('lists unfinished pauses newest first', () => {
    const ports = testPorts();
    const first = makePause(ports);
    ports.tick(1000);
    const second = makePause(ports);
    const done = okPause(finishPause(ports, makePause(ports)));
    expect(unfinishedPauses([first, done, second]).map((p) => p.id)).toEqual([second.id, first.id]);
  });

  it('keeps both devices’ steps of the same pause when they merge', () => {
    const ports = testPorts();
    const pause = makePause(ports);
    ports.tick(1000);
    const phone = okPause(updatePause(ports, pause, { intensity: 7 }));
    ports.tick(1000);
    const laptop = okPause(updatePause(ports, pause, { willDo: 'Walk round the block.' }));
    const merged = mergeVaultObjects(phone, laptop);
    expect(merged.fields).toMatchObject({ intensity: 7, willDo: 'Walk round the block.' });
  });

  it('recognises a pause read back from the vault, and nothing else', () => {
    const pause = makePause(testPorts(), { breath: { outcome: 'done', inSeconds: 4, outSeconds: 6 } });
    const readBack = parseVaultObject(JSON.parse(JSON.stringify(pause)));
    expect(readBack && isPause(readBack)).toBe(true);
    expect(isPause({ ...pause, kind: 'meeting' })).toBe(false);
    expect(isPause({ ...pause, fields: { ...pause.fields, breath: 'deep' } })).toBe(false);
    expect(isPause({ ...pause, fields: { ...pause.fields, needs: 'space' } })).toBe(false);
    expect(isPause({ ...pause, fields: { startedAt: 1 } })).toBe(false);
    // Pauses kept before "which helped" was asked have no such field, and are still pauses.
    expect(pause.fields).not.toHaveProperty('optionsHelped');
    expect(isPause({ ...pause, fields: { ...pause.fields, optionsHelped: [pause.id] } })).toBe(true);
    expect(isPause({ ...pause, fields: { ...pause.fields, optionsHelped: 'a walk' } })).toBe(false);
  });
});

const stepArb = fc.constantFrom(...pauseSteps);
const updateArb: fc.Arbitrary<PauseUpdate> = fc.record(
  {
    reached: stepArb,
    intensity: fc.option(fc.integer({ min: 0, max: 10 })),
    bodyNeeds: fc.subarray(['water', 'food', 'rest'] as const),
    needs: fc.subarray(['comfort', 'space', 'to-cry'] as const),
    willDo: fc.string({ maxLength: 20 }),
    response: fc.option(
      fc.constantFrom('old', 'new', 'noticed-afterwards') as fc.Arbitrary<PauseFields['response']>,
    ),
  },
  { requiredKeys: [] },
);

describe('pause properties', () => {
  it('any run of updates stays valid, keeps its steps in flow order, and never loses a step', () => {
    fc.assert(
      fc.property(fc.array(updateArb, { maxLength: 8 }), (updates) => {
        const ports = testPorts();
        let pause = makePause(ports);
        for (const update of updates) {
          ports.tick(1000);
          const before: readonly PauseStep[] = pause.fields.steps;
          pause = okPause(updatePause(ports, pause, update));
          expect(before.every((s) => pause.fields.steps.includes(s))).toBe(true);
          if (update.reached) expect(pause.fields.steps).toContain(update.reached);
        }
        const order = pause.fields.steps.map((s) => pauseSteps.indexOf(s));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(checkPause(pause.fields)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
