import { describe, expect, it } from 'vitest';
import { hasCrisisLanguage, noticeText } from './notice-text.ts';
import type { NoticingPattern } from './noticing-types.ts';

const patternsIn = (text: string): NoticingPattern[] => noticeText(text).map((n) => n.pattern);

describe('noticeText, one pattern per sentence', () => {
  it.each<[NoticingPattern, string]>([
    ['should', 'I should be further along by now.'],
    ['should', "I shouldn't have cried in front of everyone."],
    ['behind-or-comparing', "Everyone else my age has a house and I'm still renting."],
    ['behind-or-comparing', 'I keep comparing myself to my old classmates.'],
    ['labelling', "I'm so stupid."],
    ['labelling', "What's wrong with me?"],
    ['appearance', 'I hate my body.'],
    ['appearance', 'My skin is disgusting.'],
    ['shame-about-needs', "I'm too needy."],
    ['shame-about-needs', "I'm too sensitive."],
    ['conditional-worth', "Once I fix myself I'll deserve rest."],
    ['conditional-worth', "I don't deserve a break until everything is done."],
    ['on-my-own', "I'm on my own with all of this."],
    ['on-my-own', 'No one is there for me.'],
    ['nothing-i-can-do', "There's nothing I can do."],
    ['nothing-i-can-do', 'I have no control over any of it.'],
    ['catastrophising', 'This is going to be a total disaster.'],
    ['catastrophising', "I've ruined everything."],
    ['mind-reading', "They must think I'm pathetic."],
    ['mind-reading', 'She probably hates me now.'],
    ['crisis', 'I want to die.'],
    ['crisis', "I don't want to be here anymore."],
  ])('notices %s in "%s"', (pattern, text) => {
    expect(patternsIn(text)).toEqual([pattern]);
  });

  it.each([
    'I should water the plants.',
    "My sister said she's tired.",
    "I'm not stupid for feeling this.",
    'I went to the cinema on my own and loved it.',
    'This deadline is killing me.',
    'I cut myself a slice of cake.',
  ])('leaves "%s" alone', (text) => {
    expect(noticeText(text)).toEqual([]);
  });
});

describe('negation and quotation', () => {
  it.each([
    'I used to think I should be further along.',
    "I no longer believe I'm stupid.",
    "She said I'm stupid.",
    "I don't think I should be further along.",
    "He told me I'm needy; I don't agree.",
    "It isn't true that I'm worthless.",
  ])('does not treat "%s" as the person judging themselves', (text) => {
    expect(noticeText(text)).toEqual([]);
  });

  it.each([
    'I told my therapist I want to die.',
    'I said to Mia that sometimes I want to kill myself.',
    "I don't know if I want to die.",
  ])('keeps crisis language told to someone else or left open: "%s"', (text) => {
    expect(hasCrisisLanguage(text)).toBe(true);
  });

  it.each([
    "I don't want to die.",
    "I'm not thinking of hurting myself anymore.",
    "I'm not suicidal, just very tired.",
    "I haven't self-harmed in two years and I'm proud of that.",
  ])('does not read a clear present negation as crisis: "%s"', (text) => {
    expect(hasCrisisLanguage(text)).toBe(false);
  });

  it('reads quick typing like careful typing', () => {
    expect(patternsIn('im so stupid')).toEqual(['labelling']);
    expect(hasCrisisLanguage('i dont want to be here anymore')).toBe(true);
  });
});

describe('crisis precedence', () => {
  it('reports a sentence with crisis language as crisis only', () => {
    const found = noticeText("I'm so stupid and I want to die.");
    expect(found.map((n) => n.pattern)).toEqual(['crisis']);
    expect(found[0]?.triggers).toEqual(['I want to die']);
  });

  it('keeps other sentences of the same text', () => {
    expect(patternsIn('I should have known better. I keep thinking about killing myself.')).toEqual([
      'should',
      'crisis',
    ]);
  });

  it('answers hasCrisisLanguage for a whole text', () => {
    expect(hasCrisisLanguage('A quiet day. Then the urge to cut came back.')).toBe(true);
    expect(hasCrisisLanguage('A quiet day. I made soup.')).toBe(false);
  });
});

describe('passages and offsets', () => {
  it('points at the passage in the original text, with its triggers as written', () => {
    const text = 'Quiet morning.\nThen work.  They must think I’m pathetic!  Tea helped.';
    const found = noticeText(text);
    expect(found).toHaveLength(1);
    const [noticing] = found;
    expect(noticing?.passage).toBe('They must think I’m pathetic!');
    expect(text.slice(noticing?.start, noticing?.end)).toBe(noticing?.passage);
    expect(noticing?.triggers).toEqual(['They must think I’m pathetic']);
  });

  it('collects every trigger of a pattern in one sentence', () => {
    const [noticing] = noticeText("I'm so stupid, what's wrong with me.");
    expect(noticing?.triggers).toEqual(["I'm so stupid", "what's wrong with me"]);
  });
});
