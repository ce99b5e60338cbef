import { describe, expect, it } from 'vitest';
import { hasCrisisLanguage } from './notice-text.ts';

// The rule families of rules/crisis-plans-and-pleas.ts, each with sentences written for the tests
// and the near neighbours that must stay unflagged.
describe('crisis told through plans, pleas and means', () => {
  it.each([
    ['someone else asked to do it', 'honestly i just need somebody to end it for me'],
    ['pills counted for it', 'I have more than enough pills put aside to do it.'],
    ['a place chosen', "There's a bridge I would jump from, I've picked it."],
    ['a note and a time', "I've drafted the letter and I know when I'm going to do it."],
    ['dying as the only end to pain', 'The only way any of this stops is if I die.'],
    ['death as the better choice', 'Death feels like the better option right now.'],
    ['not minding death', "Honestly I wouldn't mind not waking up."],
    ['sleeping forever', 'I just want to be sleeping forever.'],
    ['a hope that illness ends it', 'I keep hoping the scan is bad so it can all be over.'],
    ['asking to be admitted', 'I think I need to check myself into the psych ward.'],
    ["fear of one's own act", "I'm scared of one day killing myself."],
    ['life as pointless', 'My life feels completely pointless.'],
    ['a deadline for life', "I'm giving myself one more month to turn my life around, then that's it."],
    ['self-harm as who one is', "I'm a cutter and nobody knows."],
    ['the will to live going', "I'm losing my will to go on."],
    ['going on as a struggle', 'I find it so hard to keep going.'],
    ['hopelessness felt', "I'm feeling despair and hopelessness."],
    ['a method kept', 'My method is still there in the drawer.'],
    ['a stay in hospital', 'I was hospitalised after trying again in March.'],
    ['the afterlife, now', 'I just want to go to heaven.'],
    ['"we" with the writer in it', 'Some of us will kill ourselves if nothing changes.'],
    ['pills in numbers', 'Last night I swallowed about 40 tablets.'],
    ['a blade and going further', 'I held the blade and kept thinking about going deeper.'],
    ["soon not anyone's problem", "Soon I won't be anybody's problem."],
    ['others afraid for the writer', 'My sister is terrified I will kill myself.'],
    ['a doubled letter', 'I want to dissapear and never come back.'],
  ])('notices %s: "%s"', (_kind, text) => {
    expect(hasCrisisLanguage(text)).toBe(true);
  });

  it.each([
    ['a practical errand', 'I need someone to end the call for me, my hands are full.'],
    ['enough for the week', 'I have enough tablets left to last the week.'],
    ['a diving board', 'I jumped off the board at the pool.'],
    ['a note about a parcel', 'I wrote a note and I know when the parcel comes.'],
    ['advice that death is not the answer', 'Death is not the answer, please stay.'],
    ['a lie-in', 'I could sleep forever on a Sunday.'],
    ['a hotel', 'I checked myself in at the hotel desk.'],
    ['a lost cause at work', 'This meeting feels pointless.'],
    ['a deadline for an essay', "I'm giving myself a week to finish the essay."],
    ['a fresh start', "I'm giving myself a year to turn my life around."],
    ['hard work as an idiom', 'We killed ourselves to finish the project on time.'],
    ['a normal dose', 'I took two tablets for my headache.'],
    ['heaven, one day', 'I want to go to heaven when I die, like my gran.'],
    ['a kitchen knife', 'The knife is too blunt to cut the bread.'],
    ['third person, pills', 'My cousin swallowed about 40 tablets last spring.'],
    ['third person, a blade', 'He held the razor and kept thinking about going deeper.'],
    ['third person, a note', 'She wrote a note and I know when she will do it.'],
    ['second person, fear', "If you're scared of killing yourself, call someone now."],
    ['news, a hospital stay', 'The article says he was hospitalised after an attempt.'],
    ['an accident feared', "I'm worried I might hurt myself on the ice."],
    ['a problem solved', "I won't be a problem for the plumber, I'll leave the key."],
  ])('leaves %s alone: "%s"', (_kind, text) => {
    expect(hasCrisisLanguage(text)).toBe(false);
  });
});
