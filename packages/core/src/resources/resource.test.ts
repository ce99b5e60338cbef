import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeResource, testPorts } from '../pauses/test-factories.ts';
import { mergeVaultObjects } from '../vault/merge.ts';
import { parseVaultObject } from '../vault/parse-vault-object.ts';
import { addResource } from './add-resource.ts';
import { arrangeResources } from './arrange-resources.ts';
import { checkResource, isResource } from './check-resource.ts';
import { editResource } from './edit-resource.ts';
import { removeResource } from './remove-resource.ts';
import { byResourceOrder, type Resource, type ResourceDraft, type ResourceProblem } from './resource.ts';

describe('checkResource', () => {
  it.each<[string, ResourceDraft, ResourceProblem[]]>([
    ['a type and a name', { type: 'person', name: 'Sam' }, []],
    [
      'everything',
      {
        type: 'professional',
        name: 'Dr Okafor',
        reach: '020 7946 0000, weekdays',
        notes: 'Tuesdays',
        order: 2,
      },
      [],
    ],
    ['an unknown type', { type: 'pet' as never, name: 'Biscuit' }, ['type-unknown']],
    ['no name', { type: 'phrase', name: '  ' }, ['name-missing']],
    ['a long name', { type: 'place', name: 'x'.repeat(201) }, ['name-too-long']],
    ['long directions', { type: 'place', name: 'Park', reach: 'x'.repeat(2_001) }, ['reach-too-long']],
    ['long notes', { type: 'practice', name: 'Breath', notes: 'x'.repeat(20_001) }, ['notes-too-long']],
    ['an order that is no number', { type: 'person', name: 'Sam', order: Number.NaN }, ['order-invalid']],
  ])('%s', (_, draft, problems) => {
    const result = addResource(testPorts(), draft);
    expect(result.ok ? [] : result.problems).toEqual(problems);
    if (result.ok) expect(checkResource(result.resource.fields)).toEqual([]);
  });
});

describe('resources', () => {
  it('adds new resources after the ones already there', () => {
    const ports = testPorts();
    const first = makeResource(ports, { type: 'person', name: 'Zed' });
    ports.tick(1000);
    const second = makeResource(ports, { type: 'person', name: 'Ann' });
    expect([second, first].sort(byResourceOrder)).toEqual([first, second]);
    expect(first.fields).toEqual({
      type: 'person',
      name: 'Zed',
      reach: '',
      notes: '',
      order: first.createdAt,
    });
  });

  it('edits and refuses a change that would leave it nameless', () => {
    const ports = testPorts();
    const sam = makeResource(ports, { type: 'person', name: 'Sam' });
    ports.tick(1000);
    const edited = editResource(ports, sam, { reach: 'Text first' });
    expect(edited.ok && edited.resource.fields.reach).toBe('Text first');
    expect(editResource(ports, sam, { name: '' })).toEqual({ ok: false, problems: ['name-missing'] });
  });

  it('arranges in the chosen order and returns only what changed', () => {
    const ports = testPorts();
    const [a, b, c] = ['A', 'B', 'C'].map((name) => makeResource(ports, { type: 'place', name, order: 0 }));
    if (!a || !b || !c) throw new Error('three resources');
    const changed = arrangeResources(ports, [a, b, c], [c.id, a.id]);
    const byId = new Map([a, b, c].map((r) => [r.id, r]));
    for (const r of changed) byId.set(r.id, r);
    expect([...byId.values()].sort(byResourceOrder).map((r) => r.fields.name)).toEqual(['C', 'A', 'B']);
    expect(changed.map((r) => r.fields.name).sort()).toEqual(['A', 'B']);
  });

  it('removes one and keeps the rest in order', () => {
    const ports = testPorts();
    const [a, b] = ['A', 'B'].map((name, order) => makeResource(ports, { type: 'phrase', name, order }));
    if (!a || !b) throw new Error('two resources');
    expect(removeResource([b, a], a.id)).toEqual({ removedId: a.id, remaining: [b] });
  });

  it('merges two devices’ edits field by field', () => {
    const ports = testPorts();
    const sam = makeResource(ports, { type: 'person', name: 'Sam' });
    ports.tick(1000);
    const phone = editResource(ports, sam, { reach: '07700 900000' });
    const laptop = editResource(ports, sam, { notes: 'Best after six' });
    if (!phone.ok || !laptop.ok) throw new Error('edits');
    expect(mergeVaultObjects(phone.resource, laptop.resource).fields).toMatchObject({
      reach: '07700 900000',
      notes: 'Best after six',
    });
  });

  it('recognises a resource read back from the vault, and nothing else', () => {
    const sam = makeResource(testPorts(), { type: 'person', name: 'Sam' });
    const readBack = parseVaultObject(JSON.parse(JSON.stringify(sam)));
    expect(readBack && isResource(readBack)).toBe(true);
    expect(isResource({ ...sam, kind: 'part' })).toBe(false);
    expect(isResource({ ...sam, fields: { ...sam.fields, order: '1' } })).toBe(false);
  });
});

describe('arrangeResources properties', () => {
  it('gives the named resources exactly the chosen order, the rest after them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0 }),
        (orders, seed) => {
          const ports = testPorts();
          const resources = orders.map((order, i) =>
            makeResource(ports, { type: 'practice', name: `r${i}`, order }),
          );
          const chosen = resources
            .filter((_, i) => (seed >> i) & 1)
            .reverse()
            .map((r) => r.id);
          const byId = new Map<string, Resource>(resources.map((r) => [r.id, r]));
          for (const r of arrangeResources(ports, resources, chosen)) byId.set(r.id, r);
          const listed = [...byId.values()].sort(byResourceOrder).map((r) => r.id);
          expect(listed.slice(0, chosen.length)).toEqual(chosen);
          expect(new Set(listed).size).toBe(resources.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
