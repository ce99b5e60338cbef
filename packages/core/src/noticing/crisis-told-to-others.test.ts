import { describe, expect, it } from 'vitest';
import { hasCrisisLanguage, noticeText } from './notice-text.ts';

// Crisis told to someone else, behind a denial that is not one, and as pleas and passive wishes;
// with the near neighbours that must stay unflagged. Sentences written for the tests.
describe('crisis told to others, pleas and passive wishes', () => {
  it.each([
    ['a note to whoever reads it', 'If anybody finds this, I have swallowed all of my tablets.'],
    ['a condition set before the writer speaks', 'When people ask how I am, I say I want to die.'],
    [
      'a denial followed by not minding being hit',
      "I'm not suicidal, but I wouldn't mind if a train hit me.",
    ],
    ['a plea to God', 'Lord, just take me tonight.'],
    ['a wish that someone would do it', 'I wish somebody would kill me.'],
    ['praying with a time between', 'I pray most nights that I will not wake up.'],
    ['a hope that an illness finishes the writer', 'I hope the infection spreads and finishes me off.'],
    ["a hope that one's heart stops", 'I keep wishing my heart would just give out.'],
    ['nothing mattering once gone', "Nothing will matter once I'm gone."],
    ['sleep for good', 'I want to go to sleep for good.'],
    ['the easy way out, wanted', "I'm tempted to take the easy way out."],
    ['cutting deeper', 'Last night I cut deeper than before.'],
    ['a slip inside "ending"', 'I keep thinking about endig it all.'],
  ])('notices %s: "%s"', (_kind, text) => {
    expect(hasCrisisLanguage(text)).toBe(true);
  });

  it.each([
    ['advice to anyone', 'Anyone feeling like ending their life can call the helpline.'],
    ['a song quoted', 'The chorus goes "I just want to die in your arms".'],
    ['a lift', 'Please take me home after the party.'],
    ['an outing wished for', 'I wish someone would take me to the beach.'],
    ['a workout', "I hope this workout doesn't kill me."],
    ['a heart settling', 'I hope my heart stops racing soon.'],
    ['the easy way out as a shortcut', 'I took the easy way out and ordered pizza.'],
    ['an absence', "I can't come on Friday because I won't be here."],
    ['a bus on time', "I wouldn't mind if the bus came early."],
    ['carving wood', 'I cut deeper into the wood with the chisel.'],
    ['a nostalgic plea', 'God, take me back to last summer.'],
    ["a friend's wish, talked through", 'I talked with my friend about her wanting to die.'],
    ['a message a friend sent', 'My friend texted me saying she was going to kill herself.'],
    ['a task declined', "I can't do it, but I want to."],
    ['a bus stop', "I'm ready to step off the bus."],
    ['a train caught', 'I jumped onto the train just in time.'],
    ['a stay ending', 'My time here is nearly up, the visa ends Friday.'],
    ['a power cut', 'The lights went out for good when the bulb blew.'],
    ['a plan dropped', "We're better off not going tonight."],
    ['a game', "It doesn't matter whether I win or lose."],
    ['saving money', 'I saved a lot by cutting back on takeaways.'],
  ])('leaves alone %s: "%s"', (_kind, text) => {
    expect(hasCrisisLanguage(text)).toBe(false);
  });
});

describe('self-talk read more widely', () => {
  it.each([
    ['a label others must not see', "They can't know how much of a loser I am.", 'labelling'],
    ['failing in a role', "I'm failing as a father.", 'labelling'],
    ['a label as a noun phrase', "I'm a total write-off.", 'labelling'],
    ['how ugly, hidden', 'I wear a hat so nobody sees how ugly I look.', 'appearance'],
    ['an ache read as an illness', 'This pain is probably bowel cancer.', 'catastrophising'],
    ['being alone, predicted', "I'm going to end up alone.", 'on-my-own'],
    ['left after another fear', 'They will laugh at me and leave me.', 'on-my-own'],
    ["losing a person's love", "I'm terrified of losing my wife's love.", 'on-my-own'],
    ['shame about a feeling', "I'm being silly for feeling hurt.", 'shame-about-needs'],
    ['no real friendships', 'I have no real friends.', 'on-my-own'],
    ['nobody accepting the writer', 'Nobody would ever accept me.', 'on-my-own'],
  ] as const)('notices %s', (_kind, text, pattern) => {
    expect(noticeText(text).map((each) => each.pattern)).toContain(pattern);
  });

  it.each([
    ['a belief dated by age', 'When I was a kid I thought I would never be good enough.'],
    ['a belief held once', 'I once believed nobody could love me.'],
    ["a partner's keys", "I'm forever losing my husband's keys in this bag."],
  ])('leaves alone %s: "%s"', (_kind, text) => {
    expect(noticeText(text)).toEqual([]);
  });
});
