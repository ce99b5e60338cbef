import { describe, expect, it } from 'vitest';
import { hasCrisisLanguage, noticeText } from './notice-text.ts';

const patternsOf = (text: string): string[] => [...new Set(noticeText(text).map((each) => each.pattern))];

// The rule families of rules/crisis-worth.ts and the reading around them, each with sentences written
// for the tests and the near neighbours that must stay unflagged.
describe('crisis as worth, and endings already settled', () => {
  it.each([
    ['a label, then "should just die"', "I'm such a waste, I should just die."],
    ['not worth the air', "I'm not worth the oxygen."],
    ['a waste of breath', "I'm a waste of air."],
    ['not deserving another day', "I don't deserve one more day."],
    ['not deserving love, or even to live', "I don't deserve kindness, let alone to be alive."],
    ['deserving to live, asked', 'Do I deserve to stay alive?'],
    ['someone as bad as me', "Someone as awful as me shouldn't exist."],
    ['the point of someone like me staying', "What's the use of a loser like me staying alive."],
    ['nobody missing me gone', 'Nobody would notice if I just vanished.'],
    ['better off without a parent like me', 'My son would be happier without a dad like me.'],
    ['"w/o me"', 'they would be better w/o me'],
    ['kinder if I were gone', 'It would be simpler for everybody if I were gone.'],
    ['an ending accepted', "I won't be around much longer and I've made my peace with it."],
    ['peace made, then the ending', "I've made my peace with it, by summer I won't be here."],
    ['a life over, only the act left', 'My life is over, I just need to finish the job.'],
    ['dead already, only finishing left', "I'm as good as dead already, so I'll end it for real."],
    ['going once a pet is rehomed', 'The dog has a loving home now, so I am ready to go.'],
    [
      'nothing keeping me once the children are grown',
      'The kids are grown up and nothing is keeping me here.',
    ],
    ['means stored up', "I've kept a stash of pills saved to do it."],
    ['an accident wished with me in it', 'I pray the plane goes down with me on board.'],
    ['no way out but dying', "There's no exit except death."],
    ['the sea, not turning back', 'I want to walk into the ocean and never come back.'],
    ['how easy one step would be', 'On the bridge I thought about how easy one step would be.'],
    ['joining someone who died', "Since his death I'm ready to follow him."],
    ['the pull of it, known from the inside', 'I know how peaceful it would feel to not exist.'],
    ['self-regard against living', "I'm trying to like myself enough to want to live."],
    ['life insurance weighed', 'I have life insurance, and my family would be better off.'],
    ['a close person, told as a note', 'Sister took her own life last spring.'],
    ['a slip of a shorthand word', 'having sewerslide thoughts'],
    ['a phonetic slip', 'im so suicidle'],
    ['a denial taken back', "I'm not suicidal or anything, but I get the urges."],
    ['wanting to tell someone close', "I don't know how to tell my mum about my suicidal thoughts."],
  ])('notices %s: "%s"', (_kind, text) => {
    expect(hasCrisisLanguage(text)).toBe(true);
  });

  it('notices a day set in one sentence and resolved upon in the next, on the first', () => {
    const text = 'Saturday is the day. My mind is made up.';
    expect(hasCrisisLanguage(text)).toBe(true);
    expect(noticeText(text).map((each) => [each.pattern, each.passage])).toEqual([
      ['crisis', 'Saturday is the day.'],
    ]);
  });

  it('reads an answer given with no comma as the writer’s own, not the asker’s', () => {
    expect(hasCrisisLanguage('Mum asked was I thinking of suicide and I nodded.')).toBe(true);
    expect(hasCrisisLanguage('The GP asked did I want to harm myself and I admitted it.')).toBe(true);
  });

  it('reads a reason the writer gives from their own life inside support to others', () => {
    expect(hasCrisisLanguage('I know how it feels, because I overdosed in May.')).toBe(true);
    expect(hasCrisisLanguage('I know how it feels when you want to die, so please call someone.')).toBe(
      false,
    );
  });

  it.each([
    ['a day for a party, then plans', "Saturday is the day. Everything's booked for the party."],
    ['a day, then something else', 'Tomorrow is the day. I am so excited.'],
    ['an ending that is a renovation', "It'll all be over soon, the builders leave next week."],
    ['peace made with a job', "I've made my peace with it, the course wasn't for me."],
    ['an old life over when moving', 'My old life is over, I just have to finish the packing.'],
    ['a pet rehomed, then travel', 'Now the cat has a new home, I can finally go travelling.'],
    ['a job stashed', "I've saved enough money to do it next year."],
    ['a funeral, then the wake', 'After the funeral we will join them at the pub.'],
    ['a hope for a crash about a program', 'I hope the app crashes before the demo.'],
    ['worth about a thing', "The repair isn't worth the money."],
    ['deserving, said kindly', 'You deserve to be here and to be loved.'],
    ['support with no story of its own', 'I know how it feels when everything is too much.'],
    ['a safe answer', 'She asked was I okay and I said yes.'],
    ['a denial with understanding of another', "I'm not suicidal, but I understand how you feel."],
    ['a denial, then thoughts of something else', "I'm not suicidal, but I do have thoughts about quitting."],
    ['a thing called a waste', 'That film was a waste of life.'],
    ['children grown, then a journey', 'The kids are grown, so I can finally go!'],
    ['a crash wished on a machine', 'I hope the server crashes with me on it so I get a day off.'],
    ['talking to one\u2019s children about it', 'How do I talk to my kids about suicide after the news?'],
    ['someone else\u2019s friend', 'My neighbour\u2019s cousin killed it at the talent show.'],
  ])('leaves alone %s: "%s"', (_kind, text) => {
    expect(noticeText(text).filter((each) => each.pattern === 'crisis')).toEqual([]);
  });
});

describe('self-judgement from the 2026-12-08 round', () => {
  it.each([
    ['labelling', "I'm such a brainless idiot."],
    ['labelling', "I'm an incredibly selfish person."],
    ['behind-or-comparing', 'While all my friends were travelling, I was still stuck at home.'],
    ['behind-or-comparing', 'By the time my dad was my age he owned a business.'],
    ['behind-or-comparing', "I'm the only one of my friends who still hasn't got a job."],
    ['shame-about-needs', 'Asking for help was humiliating.'],
    ['shame-about-needs', "I'm embarrassed about how anxious I get."],
    ['conditional-worth', 'I only matter when I am useful.'],
    ['conditional-worth', "If I stop being fun there's no reason for them to keep me around."],
    ['on-my-own', 'Nobody really gets what I am feeling.'],
    ['catastrophising', 'This mole is definitely cancer.'],
    ['catastrophising', "If she's not answering it means she's had an accident."],
  ])('notices %s: "%s"', (pattern, text) => {
    expect(patternsOf(text)).toContain(pattern);
  });

  it.each([
    ['a comparison accepted', 'My sister earns more than me, and that is fine.'],
    ['a past label, set against now', 'A few years ago I felt useless, but I am doing well now.'],
    ['an old life left behind', 'My old life is over and the new one starts on Monday.'],
    ['relief that something ends', "It'll all be over soon and then we can rest."],
    ['said of everyone', 'No one deserves to feel like a burden to their family.'],
    ['a verb, not a describing word', "I'm getting weak with age."],
    ['a describing word in "-ing"', "I'm a recovering perfectionist."],
  ])('leaves alone %s: "%s"', (_kind, text) => {
    expect(noticeText(text)).toEqual([]);
  });
});
