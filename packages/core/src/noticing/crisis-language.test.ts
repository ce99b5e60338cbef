import { describe, expect, it } from 'vitest';
import { hasCrisisLanguage, noticeText } from './notice-text.ts';

// Crisis language is about the writer, now. These sentences are written for the tests; the engine's
// rules are general (see rules/crisis-*.ts), not lists of these sentences.
describe('crisis language the writer says of themselves', () => {
  it.each([
    ['typed fast', 'i wanna die tbh'],
    ['a slip of typing', 'I keep thinking about sucide lately.'],
    ['a slip of typing', 'I feel suicidial most nights.'],
    ['a slip of typing', "I'm better of dead, honestly."],
    ['a swap of letters', 'I want to end my lfie.'],
    ['shorthand', 'honestly i could kms'],
    ['a euphemism', 'I just want to unalive myself.'],
    ['a euphemism', "I'm going to end it all this weekend."],
    ['a euphemism', "I won't be around much longer."],
    ['a plea', 'Please, someone, just let me die.'],
    ['a plea', 'I pray every night for God to take me.'],
    ['a wish not to wake', "I'm hoping I don't wake up tomorrow."],
    ['a wish not to exist', 'I wish I could just stop existing.'],
    ['better off without me', 'My family would be better off without me.'],
    ['not deserving to live', "I don't deserve to be alive."],
    ['stored medication', "I've been stockpiling my pills."],
    ['a weapon with intent', 'There is a gun in the house and I keep thinking about it.'],
    ['a date', "I've picked the day I'm going to do it."],
    ['told to someone else', 'I told my brother I want to die.'],
    ['told to someone else', 'I finally admitted to my doctor that I have been self harming.'],
    ['an inability that is not a denial', "I can't even bring myself to kill myself."],
    ['a sentence with nobody in it', 'The urge to cut is so strong tonight.'],
    ['shouted', 'I WANT TO DIE'],
    // Knowing it from the inside is the writer's own experience, told to others: "I know how it feels
    // to…" was once read as speech in general; said of wanting to die it is lived, and noticed.
    ['lived experience told to others', 'I know how it feels to want to die.'],
    ['lived experience told to others', "I know what it's like to be suicidal, trust me."],
    ['introducing oneself by it', 'As someone who has tried to kill myself, I understand you.'],
    ['attempts counted', "I've attempted three times."],
    ['an act nearly done', 'On Sunday I nearly overdosed.'],
    ['a close person lost to suicide', 'My sister took her own life in the spring.'],
    ['history told bare', 'Ten years ago I was thinking about suicide for the same reasons.'],
  ])('notices %s: "%s"', (_kind, text) => {
    expect(hasCrisisLanguage(text)).toBe(true);
  });
});

describe('crisis words that are not the writer in crisis', () => {
  it.each([
    ['negation', "I don't want to die, I want the pain to ease."],
    ['negation', "I'm not suicidal, just worn out."],
    ['negation', 'I have never thought about hurting myself.'],
    ['reported speech', 'She said she wants to die and I held her hand.'],
    ['reported speech', 'My friend told me he has been feeling suicidal.'],
    ['a quotation', '"I want to die," the woman in the play says.'],
    ['second-person advice', 'If you feel suicidal, please call someone you trust.'],
    ['second-person advice', "Please don't kill yourself, you matter."],
    ['third person', 'My neighbour attempted suicide last year.'],
    ['news', 'The news said suicide rates have gone up.'],
    ['fiction', 'In the novel, the hero wants to die at the end.'],
    ['a past belief', 'I used to want to die, but that was years ago.'],
    ['history set against now', "Years ago I was suicidal, but I've been well for a long time now."],
    ['a startle', 'I almost jumped out of my skin.'],
    ["a friend's attempt", 'My friend tried to kill himself last year and I still think about it.'],
    ['history told as over', 'I attempted suicide when I was 16, and I am glad I survived.'],
    ['spoken of in general', 'Thinking about suicide all the time must be exhausting.'],
    ['spoken of in general', 'I know how hard it is when someone you love feels suicidal.'],
    ['spoken of in general', 'What does it mean to be suicidal?'],
    ['knowing a feeling that is not crisis', "I know what it's like to lose a job."],
    ['work with crisis', "As a nurse I've seen many overdoses."],
    ['an idiom', 'This commute is killing me.'],
    ['an idiom', "I'm dying to see the new film."],
    ['an idiom', 'I nearly died laughing.'],
    ['an idiom', "I'd kill for a coffee."],
    ['an accident', 'I cut myself chopping onions.'],
    ['a relationship ending', 'I want to end things with him.'],
    ['a plain errand', 'I asked her to take me to the station.'],
  ])('leaves %s alone: "%s"', (_kind, text) => {
    expect(hasCrisisLanguage(text)).toBe(false);
  });
});

describe('what a crisis noticing shows', () => {
  it('names the words that fired it, as the person typed them, and outranks self-talk there', () => {
    const [noticing, ...rest] = noticeText("I'm such an idiot and honestly I wanna die.");
    expect(rest).toEqual([]);
    expect(noticing?.pattern).toBe('crisis');
    expect(noticing?.triggers).toEqual(['I wanna die']);
  });
});
