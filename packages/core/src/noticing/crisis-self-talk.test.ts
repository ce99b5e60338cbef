import { describe, expect, it } from 'vitest';
import { hasCrisisLanguage, noticeText } from './notice-text.ts';

const patternsOf = (text: string): string[] => [...new Set(noticeText(text).map((each) => each.pattern))];

// The rule families of rules/crisis-self-talk.ts and the self-judgement rules of the same round, each
// with sentences written for the tests and the near neighbours that must stay unflagged.
describe('crisis inside self-talk', () => {
  it.each([
    ['not deserving to take up room', "I don't deserve to take up room in this world."],
    ['not deserving to walk this earth', 'I no longer deserve to walk this earth.'],
    ['unworthy of being alive', "I'm not worthy of living."],
    ['unworthy, one word', 'i feel unworthy of being alive'],
    ['the right to go on, questioned', 'Why do I even deserve to keep breathing?'],
    ['the right to go on, weighed against a wrong', "I don't deserve to go on after what I did to her."],
    ['not allowed to exist', "Someone like me shouldn't be allowed to live."],
    ['a plea with "just"', 'I keep praying for something to just take me.'],
    ['a plea to end me', 'I begged the night to end me.'],
    ['giving anything not to be here', "I'd give anything to not exist."],
    ['fading away wished', 'I wish I could just fade away.'],
    ['the last sleep hoped for', 'I hope tonight is the last time I fall asleep.'],
    ['heights looked into', 'I looked up whether the car park roofs are high enough.'],
    ['a firearm kept in mind', "I can't stop thinking about my husband's rifle."],
    ['not here by a season', "I can't see myself being alive by next year."],
    ['at the edge, told', 'I called my sister because I was about to jump.'],
    ['no reason left to stay alive', 'There is no single reason left to keep living.'],
    ['things given away', 'I gave my books away since I will not need them where I am going.'],
    ['out of the way for good', 'She would be freer if I were out of the picture permanently.'],
    ['a survivor who should have died', 'It should have been me in that accident.'],
    ['a slip of "wanna"', 'i wana die'],
    ['"ded"', 'i just want to be ded'],
  ])('notices %s: "%s"', (_kind, text) => {
    expect(hasCrisisLanguage(text)).toBe(true);
  });

  it.each([
    ['deserving a holiday', "I don't deserve to go on holiday this year."],
    ['deserving to go on a trip after a hard year', "Don't I deserve to go on a trip after everything?"],
    ['a seat taken up', 'I take up too much space on the sofa.'],
    ['worthy of a prize', "I'm not worthy of this award."],
    ['a height for a view', 'We checked whether the tower is tall enough for the view.'],
    ['a gun in a film', 'I keep thinking about the gun in that western.'],
    ['here by a season, a job', 'I can see myself still being here by Christmas, the team is lovely.'],
    ['a jump into water', 'I was about to jump into the pool when it started raining.'],
    ['no reason to stay at a party', 'There was no reason to stay at the party.'],
    ['things given away before a move', 'I gave my winter coats away because I moved to Spain.'],
    ['out of the way for a while', 'I was out of the way for an hour while they cleaned.'],
    ['should have been me, a prize', 'It should have been me who won the raffle.'],
    ['fading colours', 'The colours fade away in the sun.'],
    ['"end me" as a joke about a film', 'That film will end me, it was so long.'],
  ])('leaves alone %s: "%s"', (_kind, text) => {
    expect(noticeText(text).filter((each) => each.pattern === 'crisis')).toEqual([]);
  });
});

describe('self-judgement from the round on shoulds and self-talk', () => {
  it.each([
    ['should', 'A grown man ought to cope with a bit of criticism.'],
    ['should', 'I have to do everything right the first time.'],
    ['should', 'I should always put everyone else first.'],
    ['conditional-worth', "When I let people down, I don't count."],
    ['on-my-own', "I'm going through all of it alone again."],
    ['on-my-own', 'Everyone I get close to walks away.'],
    ['nothing-i-can-do', 'I have zero say in any of this.'],
    ['nothing-i-can-do', 'No amount of trying will change it.'],
    ['catastrophising', 'This dizziness is probably an aneurysm.'],
    ['mind-reading', 'The other mums think I am lazy.'],
    ['labelling', 'What a useless wimp I am.'],
    ['behind-or-comparing', 'All my classmates have houses and I still rent.'],
    ['behind-or-comparing', 'He joined after me and is already my manager.'],
    ['catastrophising', 'My back pain is never going to get any better.'],
    ['catastrophising', "I'm never going to find anyone who stays."],
    ['nothing-i-can-do', 'Medication is not going to help.'],
    ['nothing-i-can-do', 'There is nothing else that could help now.'],
    ['nothing-i-can-do', 'I can never change who I am.'],
  ])('notices %s: "%s"', (pattern, text) => {
    expect(patternsOf(text)).toContain(pattern);
  });

  it.each([
    ['advice about a chance', 'My dad thinks I should apply for the course.'],
    ['a good friend', 'Everyone I love is coming to the wedding.'],
    ['solitude enjoyed', 'I am going through the photos alone and enjoying it.'],
    ['a search that will end', "I'm sure I'll find my keys later."],
    ['a thing that will not work', 'The old printer is not going to work.'],
  ])('leaves alone %s: "%s"', (_kind, text) => {
    expect(patternsOf(text)).toEqual([]);
  });
});
