import { describe, expect, it } from 'vitest';
import { newVaultObject } from '../vault/vault-object.ts';
import { practiceLimits } from './practice.ts';
import { checkPrivateNote, isPrivateNote, privateNoteKind, privateNotesAbout } from './private-note.ts';
import { idOf, testPorts } from './test-factories.ts';
import { editPrivateNote, writePrivateNote } from './write-private-note.ts';

const shareId = idOf(200);

describe('a private note', () => {
  it.each([
    [{ shareId, clientName: 'Sam', text: 'Grief around the anniversary.' }, []],
    [{ shareId: 'not-an-id', clientName: 'Sam', text: 'x' }, ['share-invalid']],
    [{ shareId, clientName: 'Sam', text: '   ' }, ['empty']],
    [{ shareId, clientName: 'S'.repeat(practiceLimits.name + 1), text: 'x' }, ['name-too-long']],
    [{ shareId, clientName: 'Sam', text: 'x'.repeat(practiceLimits.privateNote + 1) }, ['text-too-long']],
  ])('checks %j', (fields, problems) => {
    expect(checkPrivateNote(fields)).toEqual(problems);
  });

  it('is written as the practitioner wrote it, trimmed, with the client it is about', () => {
    const ports = testPorts();
    const result = writePrivateNote(ports, { shareId, clientName: 'Sam', text: '  Slept badly.\n' });
    if (!result.ok) throw new Error(result.problems.join());
    expect(result.note.kind).toBe(privateNoteKind);
    expect(result.note.fields).toEqual({ shareId, clientName: 'Sam', text: 'Slept badly.' });
    expect(result.note.createdAt).toBe(ports.clock.now());
    expect(isPrivateNote(result.note)).toBe(true);
  });

  it('refuses an empty note and keeps nothing', () => {
    expect(writePrivateNote(testPorts(), { shareId, clientName: 'Sam', text: '' })).toEqual({
      ok: false,
      problems: ['empty'],
    });
  });

  it('is edited field by field with a later stamp', () => {
    const ports = testPorts();
    const written = writePrivateNote(ports, { shareId, clientName: 'Sam', text: 'First words' });
    if (!written.ok) throw new Error('not written');
    ports.tick(60_000);
    const edited = editPrivateNote(ports, written.note, 'Second words');
    if (!edited.ok) throw new Error('not edited');
    expect(edited.note.fields.text).toBe('Second words');
    expect(edited.note.stamps['text']).toBe(ports.clock.now());
    expect(edited.note.stamps['shareId']).toBe(written.note.stamps['shareId']);
    expect(editPrivateNote(ports, written.note, ' ')).toMatchObject({ ok: false });
  });

  it('is told apart from other shapes', () => {
    const at = Date.UTC(2026, 0, 1);
    expect(isPrivateNote(newVaultObject(idOf(1), privateNoteKind, { shareId, text: 3 }, at))).toBe(false);
    expect(
      isPrivateNote(newVaultObject(idOf(2), 'journal-entry', { shareId, clientName: '', text: '' }, at)),
    ).toBe(false);
  });

  it('lists one client’s notes, the newest first', () => {
    const ports = testPorts();
    const write = (about: string, text: string) => {
      ports.tick(1_000);
      const result = writePrivateNote(ports, { shareId: about, clientName: 'Sam', text });
      if (!result.ok) throw new Error('not written');
      return result.note;
    };
    const notes = [write(shareId, 'one'), write(idOf(300), 'other client'), write(shareId, 'two')];
    expect(privateNotesAbout(notes, shareId).map((n) => n.fields.text)).toEqual(['two', 'one']);
  });
});
