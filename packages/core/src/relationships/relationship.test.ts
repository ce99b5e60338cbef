import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testPorts } from '../parts/test-factories.ts';
import { mergeVaultObjects } from '../vault/merge.ts';
import { parseVaultObject } from '../vault/parse-vault-object.ts';
import { addRelationship, type RelationshipDraft } from './add-relationship.ts';
import { checkRelationship, isRelationship } from './check-relationship.ts';
import { editRelationship } from './edit-relationship.ts';
import { currentPath, pathHistory } from './path-history.ts';
import { relationshipBoundaries } from './relationship-boundaries.ts';
import { fearQuestions } from './relationship-copy.ts';
import { playedRoles, relationshipTypes, type RelationshipProblem } from './relationship.ts';
import { makeRelationship, okRelationship } from './test-factories.ts';

const partId = '01890000-0000-7000-8000-000000000001';
const own = (words: string) => ({ role: 'own-words' as const, words, puttingDown: false });

describe('checkRelationship', () => {
  it.each<[string, RelationshipDraft, RelationshipProblem[]]>([
    ['only a name', { name: 'Dad' }, []],
    [
      'everything',
      {
        name: 'Mum',
        type: 'family',
        roles: [
          { role: 'peacemaker', words: '', puttingDown: true },
          { role: 'caretaker', words: '', puttingDown: false },
          own('the one who remembers birthdays'),
        ],
        fears: [
          { fear: 'will-they-stay', words: '' },
          { fear: 'own-words', words: 'Will she think I am cold?' },
        ],
        partIds: [partId],
        path: 'staying-while-changing-my-boundaries',
        boundaries: ['I leave the call when the shouting starts.'],
      },
      [],
    ],
    ['no name', { name: '   ' }, ['name-missing']],
    ['a long name', { name: 'x'.repeat(201) }, ['name-too-long']],
    ['an unknown type', { name: 'A', type: 'enemy' as never }, ['type-unknown']],
    [
      'an unknown role',
      { name: 'A', roles: [{ role: 'hero' as never, words: '', puttingDown: false }] },
      ['role-unknown'],
    ],
    ['own words left empty', { name: 'A', roles: [own(' ')] }, ['role-words-missing']],
    ['own words too long', { name: 'A', roles: [own('x'.repeat(501))] }, ['role-words-too-long']],
    [
      'a role twice',
      {
        name: 'A',
        roles: [
          { role: 'appeaser', words: '', puttingDown: false },
          { role: 'appeaser', words: '', puttingDown: true },
        ],
      },
      ['role-repeated'],
    ],
    [
      'the same own words twice',
      { name: 'A', roles: [own('fixer-upper'), own('Fixer-upper ')] },
      ['role-repeated'],
    ],
    ['two different own roles', { name: 'A', roles: [own('the clown'), own('the quiet one')] }, []],
    [
      'too many roles',
      { name: 'A', roles: Array.from({ length: 51 }, (_, i) => own(`r${i}`)) },
      ['too-many-roles'],
    ],
    ['an unknown fear', { name: 'A', fears: [{ fear: 'spiders' as never, words: '' }] }, ['fear-unknown']],
    ['an empty own fear', { name: 'A', fears: [{ fear: 'own-words', words: '' }] }, ['fear-words-missing']],
    [
      'a fear twice',
      {
        name: 'A',
        fears: [
          { fear: 'still-love-me', words: '' },
          { fear: 'still-love-me', words: '' },
        ],
      },
      ['fear-repeated'],
    ],
    ['a part that is no id', { name: 'A', partIds: ['p'] }, ['part-invalid']],
    ['a part twice', { name: 'A', partIds: [partId, partId] }, ['part-repeated']],
    ['an unknown path', { name: 'A', path: 'over' as never }, ['path-unknown']],
    ['an empty boundary', { name: 'A', boundaries: [''] }, ['boundary-empty']],
    ['a long boundary', { name: 'A', boundaries: ['x'.repeat(2001)] }, ['boundary-too-long']],
  ])('%s', (_, draft, problems) => {
    const result = addRelationship(testPorts(), draft);
    expect(result.ok ? [] : result.problems).toEqual(problems);
    if (result.ok) expect(checkRelationship(result.relationship.fields)).toEqual([]);
  });

  it('accepts any mix of known roles, each once, and any type', () => {
    const roles = fc.uniqueArray(fc.constantFrom(...playedRoles.filter((r) => r !== 'own-words')));
    fc.assert(
      fc.property(roles, fc.constantFrom(...relationshipTypes), fc.boolean(), (chosen, type, puttingDown) => {
        const result = addRelationship(testPorts(), {
          name: 'Someone',
          type,
          roles: chosen.map((role) => ({ role, words: '', puttingDown })),
        });
        expect(result.ok).toBe(true);
      }),
    );
  });
});

describe('relationships', () => {
  it('adds a relationship with only a name', () => {
    const ports = testPorts();
    const relationship = makeRelationship(ports, { name: 'Sam' });
    expect(relationship.kind).toBe('relationship');
    expect(relationship.fields).toEqual({ name: 'Sam', type: null, roles: [], fears: [], partIds: [] });
    expect(currentPath(relationship)).toBeNull();
  });

  it('keeps a first path and first boundaries as dated entries', () => {
    const ports = testPorts();
    const relationship = makeRelationship(ports, { path: 'not-sure', boundaries: ['No calls after nine.'] });
    expect(pathHistory(relationship).map((e) => [e.path, e.at])).toEqual([['not-sure', ports.clock.now()]]);
    expect(relationshipBoundaries(relationship).map((b) => b.text)).toEqual(['No calls after nine.']);
  });

  it('edits the person’s words and keeps each field’s stamp for merging', () => {
    const ports = testPorts();
    const relationship = makeRelationship(ports, { path: 'evolving' });
    ports.tick(60_000);
    const phone = okRelationship(editRelationship(ports, relationship, { type: 'family' }));
    ports.tick(60_000);
    const laptop = okRelationship(
      editRelationship(ports, relationship, {
        roles: [{ role: 'over-functioner', words: '', puttingDown: true }],
      }),
    );
    expect(phone.stamps['name']).toBe(relationship.stamps['name']);
    const merged = mergeVaultObjects(phone, laptop);
    expect(merged.fields).toMatchObject({
      type: 'family',
      roles: [{ role: 'over-functioner', puttingDown: true }],
    });
    expect(currentPath(merged)).toBe('evolving');
    expect(editRelationship(ports, relationship, { name: '' })).toEqual({
      ok: false,
      problems: ['name-missing'],
    });
  });

  it('recognises a relationship read back from the vault, and nothing else', () => {
    const relationship = makeRelationship(testPorts(), {
      roles: [own('the translator')],
      fears: [{ fear: 'will-i-be-alone', words: '' }],
      path: 'falling-away',
      boundaries: ['I say no to lending money.'],
    });
    const readBack = parseVaultObject(JSON.parse(JSON.stringify(relationship)));
    expect(readBack && isRelationship(readBack)).toBe(true);
    const f = relationship.fields;
    expect(isRelationship({ ...relationship, kind: 'part' })).toBe(false);
    expect(isRelationship({ ...relationship, fields: { ...f, roles: ['appeaser'] } })).toBe(false);
    expect(isRelationship({ ...relationship, fields: { ...f, fears: [{ fear: 1, words: '' }] } })).toBe(
      false,
    );
    expect(isRelationship({ ...relationship, fields: { ...f, 'path:x': 'ended' } })).toBe(false);
    expect(isRelationship({ ...relationship, fields: { ...f, 'boundary:x': 'no' } })).toBe(false);
    expect(isRelationship({ ...relationship, fields: { ...f, 'boundary:x': null } })).toBe(true);
    const withoutParts = Object.fromEntries(Object.entries(f).filter(([key]) => key !== 'partIds'));
    expect(isRelationship({ ...relationship, fields: withoutParts })).toBe(false);
  });

  it('words the three questions of changing as DOMAIN.md does', () => {
    expect(Object.values(fearQuestions)).toEqual([
      'If I stop doing this, will they still love me?',
      'If I speak up, will they stay?',
      'If I change, will I be alone?',
    ]);
  });
});
