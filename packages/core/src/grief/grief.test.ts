import { describe, expect, it } from 'vitest';
import { testPorts } from '../parts/test-factories.ts';
import { mergeVaultObjects } from '../vault/merge.ts';
import { parseVaultObject } from '../vault/parse-vault-object.ts';
import { addToGrief } from './add-to-grief.ts';
import { beginGrief, type GriefDraft } from './begin-grief.ts';
import { checkGrief, isGrief } from './check-grief.ts';
import { editGrief } from './edit-grief.ts';
import { griefAdditions, type Grief, type GriefProblem, type GriefResult } from './grief.ts';

const partId = '01890000-0000-7000-8000-000000000001';

function ok(result: GriefResult): Grief {
  if (!result.ok) throw new Error(result.problems.join());
  return result.grief;
}

describe('checkGrief', () => {
  it.each<[string, GriefDraft, GriefProblem[]]>([
    ['only what is grieved', { what: 'past-self' }, []],
    [
      'everything',
      {
        what: 'relationship-that-may-not-evolve',
        title: 'My father',
        partId,
        relationshipId: partId,
        text: 'He may never ask.',
      },
      [],
    ],
    ['an unknown subject', { what: 'lost-keys' as never }, ['what-unknown']],
    ['a long title', { what: 'other', title: 'x'.repeat(301) }, ['title-too-long']],
    ['a part that is no id', { what: 'other', partId: 'p' }, ['part-invalid']],
    ['a relationship that is no id', { what: 'other', relationshipId: 'r' }, ['relationship-invalid']],
    ['first words too long', { what: 'other', text: 'x'.repeat(200_001) }, ['addition-too-long']],
  ])('%s', (_, draft, problems) => {
    const result = beginGrief(testPorts(), draft);
    expect(result.ok ? [] : result.problems).toEqual(problems);
    if (result.ok) expect(checkGrief(result.grief.fields)).toEqual([]);
  });
});

describe('grief', () => {
  it('begins with only what is grieved; first words become the first addition', () => {
    const ports = testPorts();
    const quiet = ok(beginGrief(ports, { what: 'unlived-timeline' }));
    expect(quiet.fields).toEqual({ what: 'unlived-timeline', title: '', partId: null, relationshipId: null });
    const spoken = ok(beginGrief(ports, { what: 'past-self', text: 'The girl who waited.' }));
    expect(griefAdditions(spoken).map((a) => a.text)).toEqual(['The girl who waited.']);
  });

  it('grows with each return, dated, oldest first, and never closes', () => {
    const ports = testPorts();
    const grief = ok(beginGrief(ports, { what: 'role-being-put-down', title: 'The peacemaker' }));
    ports.tick(86_400_000);
    const once = ok(addToGrief(ports, grief, 'I miss being needed.'));
    ports.tick(86_400_000);
    const twice = ok(addToGrief(ports, once, 'About last spring.', Date.UTC(2025, 3, 1)));
    expect(griefAdditions(twice).map((a) => a.text)).toEqual(['About last spring.', 'I miss being needed.']);
    expect(addToGrief(ports, twice, '  ')).toEqual({ ok: false, problems: ['addition-empty'] });
    expect(JSON.stringify(twice.fields)).not.toMatch(/resolved|done|closed/i);
  });

  it('keeps both devices’ additions when they merge', () => {
    const ports = testPorts();
    const grief = ok(beginGrief(ports, { what: 'past-self' }));
    ports.tick(1000);
    const phone = ok(addToGrief(ports, grief, 'from the phone'));
    const laptop = ok(addToGrief(ports, grief, 'from the laptop'));
    const merged = mergeVaultObjects(phone, laptop);
    expect(
      griefAdditions(merged)
        .map((a) => a.text)
        .sort(),
    ).toEqual(['from the laptop', 'from the phone']);
  });

  it('edits what it is about and leaves the additions as written', () => {
    const ports = testPorts();
    const grief = ok(addToGrief(ports, ok(beginGrief(ports, { what: 'other' })), 'words'));
    ports.tick(1000);
    const edited = ok(editGrief(ports, grief, { title: 'Home', partId }));
    expect(edited.fields).toMatchObject({ title: 'Home', partId, what: 'other' });
    expect(griefAdditions(edited)).toEqual(griefAdditions(grief));
    expect(editGrief(ports, grief, { what: 'nothing' as never })).toEqual({
      ok: false,
      problems: ['what-unknown'],
    });
  });

  it('recognises a grief read back from the vault, and nothing else', () => {
    const grief = ok(beginGrief(testPorts(), { what: 'past-self', text: 'words' }));
    const readBack = parseVaultObject(JSON.parse(JSON.stringify(grief)));
    expect(readBack && isGrief(readBack)).toBe(true);
    expect(isGrief({ ...grief, kind: 'part' })).toBe(false);
    expect(isGrief({ ...grief, fields: { ...grief.fields, 'addition:x': 'loose text' } })).toBe(false);
    expect(isGrief({ ...grief, fields: { what: 'past-self' } })).toBe(false);
  });
});
