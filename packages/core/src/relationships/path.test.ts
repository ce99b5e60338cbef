import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testPorts } from '../parts/test-factories.ts';
import { mergeVaultObjects } from '../vault/merge.ts';
import { changePath } from './change-path.ts';
import { currentPath, pathHistory } from './path-history.ts';
import { relationshipPaths, type Relationship } from './relationship.ts';
import { dayMs, makeRelationship, okRelationship } from './test-factories.ts';

describe('changePath', () => {
  it('appends each change to the history, dated, and never rewrites earlier ones', () => {
    const ports = testPorts();
    const start = makeRelationship(ports, { path: 'not-sure' });
    ports.tick(30 * dayMs);
    const evolving = okRelationship(changePath(ports, start, 'evolving', { note: 'We talked.' }));
    ports.tick(30 * dayMs);
    const staying = okRelationship(changePath(ports, evolving, 'staying-while-changing-my-boundaries'));
    const history = pathHistory(staying);
    expect(history.map((e) => e.path)).toEqual([
      'not-sure',
      'evolving',
      'staying-while-changing-my-boundaries',
    ]);
    expect(history[1]).toMatchObject({ note: 'We talked.', at: start.createdAt + 30 * dayMs });
    expect(pathHistory(staying).slice(0, 2)).toEqual(pathHistory(evolving));
    expect(currentPath(staying)).toBe('staying-while-changing-my-boundaries');
  });

  it('dates a change earlier when asked, and keeps the history in time order', () => {
    const ports = testPorts();
    const start = makeRelationship(ports, { path: 'evolving' });
    const earlier = okRelationship(changePath(ports, start, 'ended', { at: start.createdAt - 365 * dayMs }));
    expect(pathHistory(earlier).map((e) => e.path)).toEqual(['ended', 'evolving']);
    expect(currentPath(earlier)).toBe('evolving');
  });

  it('says so when the path is already the one chosen, or the change is not valid', () => {
    const ports = testPorts();
    const start = makeRelationship(ports, { path: 'falling-away' });
    expect(changePath(ports, start, 'falling-away')).toEqual({ ok: false, problems: ['path-unchanged'] });
    expect(changePath(ports, start, 'gone' as never)).toEqual({ ok: false, problems: ['path-unknown'] });
    expect(changePath(ports, start, 'ended', { note: 'x'.repeat(2001) })).toEqual({
      ok: false,
      problems: ['path-note-too-long'],
    });
    expect(changePath(ports, start, 'ended', { at: Number.NaN })).toEqual({
      ok: false,
      problems: ['path-when-invalid'],
    });
  });

  it('keeps both devices’ changes when they merge', () => {
    const ports = testPorts();
    const start = makeRelationship(ports, { path: 'not-sure' });
    ports.tick(dayMs);
    const phone = okRelationship(changePath(ports, start, 'evolving'));
    ports.tick(dayMs);
    const laptop = okRelationship(changePath(ports, start, 'falling-away'));
    const merged = mergeVaultObjects(phone, laptop);
    expect(pathHistory(merged).map((e) => e.path)).toEqual(['not-sure', 'evolving', 'falling-away']);
    expect(mergeVaultObjects(laptop, phone)).toEqual(merged);
  });

  it('holds every accepted change, in time order, whatever the sequence', () => {
    const steps = fc.array(fc.record({ path: fc.constantFrom(...relationshipPaths), days: fc.nat(400) }), {
      maxLength: 20,
    });
    fc.assert(
      fc.property(steps, (sequence) => {
        const ports = testPorts();
        let relationship: Relationship = makeRelationship(ports);
        let accepted = 0;
        for (const step of sequence) {
          ports.tick(step.days * dayMs + 1);
          const result = changePath(ports, relationship, step.path);
          if (result.ok) [relationship, accepted] = [result.relationship, accepted + 1];
        }
        const history = pathHistory(relationship);
        expect(history).toHaveLength(accepted);
        expect(history.every((e, i) => i === 0 || (history[i - 1]?.at ?? 0) <= e.at)).toBe(true);
        expect(history.every((e, i) => i === 0 || history[i - 1]?.path !== e.path)).toBe(true);
      }),
    );
  });
});
