import { describe, expect, it } from 'vitest';
import { parseVaultObject } from '../vault/parse-vault-object.ts';
import { mergeVaultObjects } from '../vault/merge.ts';
import { archivePart, restorePart } from './archive-part.ts';
import { arrangePart } from './arrange-part.ts';
import { checkPart, isPart } from './check-part.ts';
import { createPart } from './create-part.ts';
import { editPart } from './edit-part.ts';
import { emptyPartFields, type PartFields, type PartProblem } from './part.ts';
import { makePart, okPart, testPorts } from './test-factories.ts';

const other = '01890000-0000-7000-8000-000000000002';
const self = '01890000-0000-7000-8000-000000000001';
const named: PartFields = { ...emptyPartFields, name: 'Little one' };

describe('checkPart', () => {
  it.each<[string, Partial<PartFields>, PartProblem[]]>([
    ['a name alone', {}, []],
    [
      'every field',
      {
        description: 'd',
        feels: 'small',
        feltAge: '6',
        origins: ['fear', 'unmet-need'],
        role: 'exile',
        state: 'quieter',
        position: { x: 1, y: -2 },
      },
      [],
    ],
    ['a blank name', { name: '   ' }, ['name-missing']],
    ['a long name', { name: 'x'.repeat(201) }, ['name-too-long']],
    ['a long body place', { bodyPlace: 'x'.repeat(201) }, ['bodyPlace-too-long']],
    ['a long description', { description: 'x'.repeat(20_001) }, ['description-too-long']],
    ['an unknown origin', { origins: ['bad-luck' as never] }, ['origin-unknown']],
    ['a repeated origin', { origins: ['fear', 'fear'] }, ['origin-repeated']],
    ['an unknown role', { role: 'boss' as never }, ['role-unknown']],
    ['an unknown state', { state: 'healed' as never }, ['state-unknown']],
    ['a link to a non-id', { links: [{ to: 'nope', kind: 'protects' }] }, ['link-invalid']],
    ['an unknown link kind', { links: [{ to: other, kind: 'owns' as never }] }, ['link-invalid']],
    ['a link to itself', { links: [{ to: self, kind: 'close-to' }] }, ['link-to-self']],
    [
      'a repeated link',
      {
        links: [
          { to: other, kind: 'protects' },
          { to: other, kind: 'protects' },
        ],
      },
      ['link-repeated'],
    ],
    [
      'too many links',
      { links: Array.from({ length: 201 }, () => ({ to: other, kind: 'protects' as const })) },
      ['too-many-links', 'link-repeated'],
    ],
    ['a position off the map', { position: { x: Number.NaN, y: 0 } }, ['position-invalid']],
    ['a position too far', { position: { x: 0, y: 2e6 } }, ['position-invalid']],
  ])('%s', (_, changes, problems) => {
    expect(checkPart({ ...named, ...changes }, self)).toEqual(problems);
  });
});

describe('parts', () => {
  it('creates a part with only a name, nothing chosen for the person', () => {
    const part = makePart(testPorts(), { name: 'Watcher' });
    expect(part.kind).toBe('part');
    expect(part.fields).toEqual({ ...emptyPartFields, name: 'Watcher' });
    expect(part.fields.state).toBeNull();
  });

  it('refuses a part without a name and says why', () => {
    expect(createPart(testPorts(), { feels: 'tired' })).toEqual({ ok: false, problems: ['name-missing'] });
  });

  it('edits only the changed fields', () => {
    const ports = testPorts();
    const part = makePart(ports, { feels: 'tight' });
    ports.tick(1000);
    const edited = okPart(editPart(ports, part, { needs: 'to be seen', feels: 'tight' }));
    expect(edited.fields.needs).toBe('to be seen');
    expect(edited.stamps['feels']).toBe(part.stamps['feels']);
    expect(edited.stamps['needs']).toBe(ports.clock.now());
    expect(ports.clock.now()).toBeGreaterThan(part.createdAt);
  });

  it('archives and restores, keeping every word', () => {
    const ports = testPorts();
    const part = makePart(ports, { description: 'keeps watch at night' });
    const archived = okPart(archivePart(ports, part));
    expect(archived.fields.archived).toBe(true);
    expect(archived.fields.description).toBe('keeps watch at night');
    expect(okPart(restorePart(ports, archived)).fields).toEqual(part.fields);
  });

  it('saves where the part was arranged, and refuses a place off the map', () => {
    const ports = testPorts();
    const part = makePart(ports);
    expect(okPart(arrangePart(ports, part, { x: 120.5, y: 40 })).fields.position).toEqual({
      x: 120.5,
      y: 40,
    });
    expect(arrangePart(ports, part, { x: Infinity, y: 0 })).toEqual({
      ok: false,
      problems: ['position-invalid'],
    });
  });

  it('merges two devices’ edits to the same part without losing either', () => {
    const ports = testPorts();
    const part = makePart(ports);
    ports.tick(10);
    const phone = okPart(editPart(ports, part, { feels: 'scared' }));
    ports.tick(10);
    const laptop = okPart(arrangePart(ports, part, { x: 3, y: 4 }));
    const merged = mergeVaultObjects(phone, laptop);
    expect(merged.fields.feels).toBe('scared');
    expect(merged.fields.position).toEqual({ x: 3, y: 4 });
  });

  it('recognises a part read back from the vault, and nothing else', () => {
    const part = makePart(testPorts());
    const readBack = parseVaultObject(JSON.parse(JSON.stringify(part)));
    expect(readBack && isPart(readBack)).toBe(true);
    const broken = { ...part, fields: { ...part.fields, links: [{ to: 3 }] } };
    expect(isPart(broken)).toBe(false);
    expect(isPart({ ...part, kind: 'meeting' })).toBe(false);
    expect(isPart({ ...part, fields: { name: 'only a name' } })).toBe(false);
  });

  it('has no word of ending in its states', () => {
    const words = JSON.stringify(emptyPartFields) + ['active', 'quieter', 'resting'].join();
    expect(words).not.toMatch(/healed|fixed|resolved|remove/i);
  });
});
