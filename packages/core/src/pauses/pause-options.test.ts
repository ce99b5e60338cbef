import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resourceTypes, type Resource, type ResourceType } from '../resources/resource.ts';
import { pauseCopy } from './pause-copy.ts';
import { pauseOptions } from './pause-options.ts';
import { pauseNeeds, type PauseNeed } from './pause.ts';
import { makePause, makeResource, testPorts, toneProblems } from './test-factories.ts';

function gathered(): Resource[] {
  const ports = testPorts();
  const add = (type: ResourceType, name: string) => {
    ports.tick(1000);
    return makeResource(ports, { type, name });
  };
  return [
    add('place', 'The park bench'),
    add('professional', 'My counsellor'),
    add('phrase', 'This feeling will pass'),
    add('person', 'Sam'),
    add('practice', 'Cold water on my wrists'),
    add('person', 'Aunt Rosa'),
  ];
}

const typesOf = (needs: PauseNeed[]) =>
  pauseOptions(gathered(), makePause(testPorts(), { needs })).options.map((o) => o.resource.fields.type);

describe('pauseOptions', () => {
  it.each<[string, PauseNeed[], ResourceType[]]>([
    [
      'no needs said: steadying first',
      [],
      ['phrase', 'practice', 'person', 'person', 'place', 'professional'],
    ],
    [
      'needing connection: people to reach first',
      ['connection'],
      ['person', 'person', 'phrase', 'practice', 'place', 'professional'],
    ],
    [
      'needing to be heard: people first',
      ['to-be-heard', 'to-cry'],
      ['person', 'person', 'phrase', 'practice', 'place', 'professional'],
    ],
    [
      'needing safety: people, then professional support',
      ['safety'],
      ['person', 'person', 'professional', 'phrase', 'practice', 'place'],
    ],
    [
      'needing space: a place before people',
      ['space'],
      ['phrase', 'practice', 'place', 'person', 'person', 'professional'],
    ],
  ])('%s', (_, needs, types) => {
    expect(typesOf(needs)).toEqual(types);
  });

  it('keeps the person’s own order within a kind', () => {
    const resources = gathered();
    const people = pauseOptions(resources, makePause(testPorts(), { needs: ['comfort'] }))
      .options.filter((o) => o.resource.fields.type === 'person')
      .map((o) => o.resource.fields.name);
    expect(people).toEqual(['Sam', 'Aunt Rosa']);
  });

  it('explains itself: which needs decided the order, and why each option is there', () => {
    const result = pauseOptions(gathered(), makePause(testPorts(), { needs: ['rest', 'reassurance'] }));
    expect(result.because).toEqual(['reassurance']);
    expect(result.order[0]).toBe('person');
    expect(result.note).toBe(pauseCopy.reachFirst);
    expect(result.options[0]?.why).toBe(pauseCopy.why.person);
  });

  it('meets "there is nothing I can do" with an invitation when nothing is gathered yet', () => {
    const result = pauseOptions([], makePause(testPorts()));
    expect(result.options).toEqual([]);
    expect(result.note).toBe(pauseCopy.noOptions);
  });

  it('does not claim people come first when there are none', () => {
    const ports = testPorts();
    const phrase = makeResource(ports, { type: 'phrase', name: 'I am here' });
    expect(pauseOptions([phrase], makePause(ports, { needs: ['connection'] })).note).toBe(
      pauseCopy.steadyFirst,
    );
  });

  it('speaks gently in every phrase', () => {
    const phrases = [
      ...Object.values(pauseCopy.why),
      pauseCopy.noOptions,
      pauseCopy.reachFirst,
      pauseCopy.steadyFirst,
    ];
    for (const phrase of phrases) expect(toneProblems(phrase), phrase).toEqual([]);
  });
});

const resourceArb = fc.record({
  type: fc.constantFrom(...resourceTypes),
  name: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''),
  order: fc.integer({ min: 0, max: 20 }),
});

describe('pauseOptions properties', () => {
  it('offers every resource exactly once, steadying ones always, in a fixed order of kinds', () => {
    fc.assert(
      fc.property(fc.array(resourceArb, { maxLength: 15 }), fc.subarray([...pauseNeeds]), (drafts, needs) => {
        const ports = testPorts();
        const resources = drafts.map((draft) => makeResource(ports, draft));
        const result = pauseOptions(resources, makePause(ports, { needs }));
        expect(result.options.map((o) => o.resource.id).sort()).toEqual(resources.map((r) => r.id).sort());
        const ranks = result.options.map((o) => result.order.indexOf(o.resource.fields.type));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(result.order.indexOf('phrase')).toBeLessThan(3);
        expect(
          pauseOptions([...resources].reverse(), makePause(ports, { needs })).options.map(
            (o) => o.resource.id,
          ),
        ).toEqual(result.options.map((o) => o.resource.id));
      }),
      { numRuns: 150 },
    );
  });
});
