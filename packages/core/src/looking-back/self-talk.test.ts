import { describe, expect, it } from 'vitest';
import { addResource } from '../resources/add-resource.ts';
import { writeJournalEntry } from '../journal/write-journal-entry.ts';
import { noticeText } from '../noticing/notice-text.ts';
import { testPorts } from '../parts/test-factories.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import { keepNoticedSelfTalk, noticedSelfTalkOf, selfTalkWordsOf } from './self-talk.ts';

const ports = testPorts(Date.UTC(2026, 0, 5));
const entryOf = (body: string) => {
  const result = writeJournalEntry(ports, { date: '2026-01-05', body });
  if (!result.ok) throw new Error(result.problems.join());
  return result.entry;
};

describe('keepNoticedSelfTalk', () => {
  it('keeps only the kinds noticed, once each, never the words', () => {
    const kept = keepNoticedSelfTalk(
      entryOf('I should have called. I should be further along. I am so stupid.'),
      noticeText,
      7,
    );
    expect(noticedSelfTalkOf(kept)).toEqual({ at: 7, patterns: ['should', 'labelling'] });
    expect(JSON.stringify(kept.fields['noticedSelfTalk'])).not.toMatch(/stupid|called|further/);
  });

  it('leaves a record as it is when the kinds are the same, and clears them when the words change', () => {
    const kept = keepNoticedSelfTalk(entryOf('I should have called.'), noticeText, 7);
    expect(noticedSelfTalkOf(kept)?.patterns).toEqual(['should']);
    const relinked = keepNoticedSelfTalk(kept, noticeText, 99);
    expect(relinked).toBe(kept);
    const softer = editVaultObject(kept, { body: 'I am resting.' }, 100);
    expect(noticedSelfTalkOf(keepNoticedSelfTalk(softer, noticeText, 100))).toBeNull();
  });

  it('keeps nothing for crisis language or a plain entry, and reads only writing kinds', () => {
    expect(keepNoticedSelfTalk(entryOf('I want to die.'), noticeText, 7).fields).not.toHaveProperty(
      'noticedSelfTalk',
    );
    expect(keepNoticedSelfTalk(entryOf('Tea in the garden.'), noticeText, 7).fields).not.toHaveProperty(
      'noticedSelfTalk',
    );
    const resource = addResource(ports, { type: 'phrase', name: 'I should be stronger' });
    if (!resource.ok) throw new Error('expected a resource');
    expect(selfTalkWordsOf(resource.resource)).toBeNull();
    expect(keepNoticedSelfTalk(resource.resource, noticeText, 7)).toBe(resource.resource);
  });
});
