import { describe, expect, it } from 'vitest';
import { testPorts } from '../parts/test-factories.ts';
import { mergeVaultObjects } from '../vault/merge.ts';
import { addBoundary } from './add-boundary.ts';
import { editBoundary } from './edit-boundary.ts';
import { relationshipBoundaries } from './relationship-boundaries.ts';
import { removeBoundary } from './remove-boundary.ts';
import { dayMs, makeRelationship, okRelationship } from './test-factories.ts';

const texts = (r: Parameters<typeof relationshipBoundaries>[0]) =>
  relationshipBoundaries(r).map((b) => b.text);

describe('boundaries I am practising', () => {
  it('adds, rewords and removes boundaries, oldest first', () => {
    const ports = testPorts();
    const start = makeRelationship(ports, { boundaries: ['No calls after nine.'] });
    ports.tick(dayMs);
    const added = okRelationship(addBoundary(ports, start, 'I can say “let me think about it”.'));
    const since = okRelationship(
      addBoundary(ports, added, 'I take my own car.', start.createdAt - 7 * dayMs),
    );
    expect(texts(since)).toEqual([
      'I take my own car.',
      'No calls after nine.',
      'I can say “let me think about it”.',
    ]);
    const [, first] = relationshipBoundaries(since);
    if (!first) throw new Error('expected a boundary');
    ports.tick(dayMs);
    const reworded = okRelationship(editBoundary(ports, since, first.id, 'No calls after ten.'));
    expect(relationshipBoundaries(reworded)[1]).toEqual({ ...first, text: 'No calls after ten.' });
    const removed = okRelationship(removeBoundary(ports, reworded, first.id));
    expect(texts(removed)).toEqual(['I take my own car.', 'I can say “let me think about it”.']);
  });

  it('says what is wrong', () => {
    const ports = testPorts();
    const relationship = makeRelationship(ports);
    expect(addBoundary(ports, relationship, ' ')).toEqual({ ok: false, problems: ['boundary-empty'] });
    expect(editBoundary(ports, relationship, 'nope', 'x')).toEqual({
      ok: false,
      problems: ['boundary-not-found'],
    });
    expect(removeBoundary(ports, relationship, 'nope')).toEqual({
      ok: false,
      problems: ['boundary-not-found'],
    });
    const withOne = okRelationship(addBoundary(ports, relationship, 'Kept'));
    const id = relationshipBoundaries(withOne)[0]?.id ?? '';
    expect(editBoundary(ports, withOne, id, '')).toEqual({ ok: false, problems: ['boundary-empty'] });
    const removed = okRelationship(removeBoundary(ports, withOne, id));
    expect(removeBoundary(ports, removed, id)).toEqual({ ok: false, problems: ['boundary-not-found'] });
  });

  it('keeps boundaries added on two devices, and a removal is not undone by an older copy', () => {
    const ports = testPorts();
    const start = makeRelationship(ports, { boundaries: ['Old one'] });
    ports.tick(1000);
    const phone = okRelationship(addBoundary(ports, start, 'From the phone'));
    const laptop = okRelationship(addBoundary(ports, start, 'From the laptop'));
    const both = mergeVaultObjects(phone, laptop);
    expect(texts(both).sort()).toEqual(['From the laptop', 'From the phone', 'Old one']);
    const oldId = relationshipBoundaries(start)[0]?.id ?? '';
    ports.tick(1000);
    const removed = okRelationship(removeBoundary(ports, both, oldId));
    expect(texts(mergeVaultObjects(removed, start)).sort()).toEqual(['From the laptop', 'From the phone']);
  });
});
