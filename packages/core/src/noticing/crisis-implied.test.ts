import { describe, expect, it } from 'vitest';
import { hasCrisisLanguage, noticeText } from './notice-text.ts';

// The rule families of rules/crisis-implied.ts, each with sentences written for the tests and the
// near neighbours that must stay unflagged: the act is never named, but an ending is set, welcomed
// or prepared for.
describe('crisis left implied', () => {
  it.each([
    ['a date with nothing saying for what', "I've chosen a date, and it's soon."],
    ['a night named, then resolved upon', "Tomorrow's the night, there's no turning back."],
    ["one's time up, then resolved upon", "My time is almost up and I've accepted it."],
    ['a last season of life', 'I know this will be my last summer.'],
    ['a last week on earth', 'These are my last days on this earth.'],
    ['not here by a time', "I won't be alive to see next year."],
    ['no longer needing anything', "I won't be needing any of my things much longer."],
    ['going in peace', 'When the kids are settled I can finally go in peace.'],
    ['leaving this life', "I'm ready for leaving this life."],
    ['no place in the world', 'There is no room for me on this earth.'],
    ['not meant to be alive', 'I was never meant to be born, I was not meant to be alive.'],
    ['no right to live', 'I have no right to keep breathing.'],
    ['not deserving to go on', "I don't deserve to wake up tomorrow."],
    ['others freed by the death', 'Everyone would be relieved if I was gone.'],
    ['fine with not waking', "If I don't wake up, I'd be at peace."],
    ['not fighting an illness', "I wouldn't fight it if I got seriously ill."],
    ['a plea for the body to stop', 'Every night I pray for someone to stop my heart.'],
    ['a night asked to be the end', 'Let today be the day it all ends.'],
    ['a fall weighed', 'I keep wondering if the fall would be high enough.'],
    ['an engine running in a garage', 'Sat in the garage with the car running.'],
    ['unsafe, kept from the one who asks', 'The nurse asked whether I feel safe; I lied.'],
    ['ending it, as what one will do', "If nothing changes I'm going to end it."],
    ['falling asleep for ever', 'I want to fall asleep for good.'],
    ['eyes closed not to return', 'I want to close my eyes and just never wake up.'],
    ['stopping breathing', 'I want to stop breathing.'],
    ['an exit planned', "I've been planning my way out."],
    ['things readied for when one is gone', "I've written the letters for when I'm gone."],
    ['shorthand', 'might ctb this weekend'],
  ])('notices %s: "%s"', (_kind, text) => {
    expect(hasCrisisLanguage(text)).toBe(true);
  });

  it.each([
    ['a date for an event', "We've chosen a date for the christening."],
    ['an excited day', "Today's the day! My first marathon."],
    ['a stay that ends', 'My time here in Oslo is nearly up, and I have decided to stay in touch.'],
    ['a last season of a job', 'I know this is my last year at the school.'],
    ['away for the weekend', "I won't be around this weekend, I'm camping."],
    ['going home', 'Once the shift ends I can finally go home.'],
    ['a change of life', "I'm leaving this life behind and moving to the coast."],
    ['a lie-in', 'I want to fall asleep and not wake up until lunchtime.'],
    ['a lie-in, said the other way', 'I want to go to sleep and never wake up before ten.'],
    ['an instruction', 'The dentist told me to stop breathing through my mouth.'],
    ['leaving a job', "I'm planning my exit from the firm."],
    ['ending a relationship', "I'm ending it with him, it's over."],
    ['a kitchen burn', 'I burned my wrist on the oven door.'],
    ['rope for a task', 'We bought rope for the tent and some pegs.'],
    ['a safe question', 'I asked whether I was safe to drive and she said yes.'],
    [
      'a past belief, told as over',
      "I once believed nobody would miss me if I was gone, and I'm glad I was wrong.",
    ],
  ])('leaves alone %s: "%s"', (_kind, text) => {
    expect(noticeText(text).filter((each) => each.pattern === 'crisis')).toEqual([]);
  });
});
