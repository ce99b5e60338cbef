import { describe, expect, it } from 'vitest';
import { isNegatedBefore, isPastAt, otherVoices, subjectBefore, type Person } from './grammar.ts';
import { readSentence } from './read-sentence.ts';

/** The index of the first plain word `word` in the sentence. */
const at = (sentence: string, word: string) => readSentence(sentence).words.findIndex((w) => w.text === word);

describe('subjectBefore', () => {
  it.each<[string, string, Person]>([
    ['I told her I want to die', 'want', 'writer'],
    ['She told me she wants to die', 'wants', 'other'],
    ['It makes me want to disappear', 'want', 'writer'],
    ['Want to disappear', 'want', 'unstated'],
    ['I am tired and want to sleep', 'want', 'writer'],
    ['People who want help should ask', 'want', 'other'],
    ['Does anyone else want to scream', 'want', 'writer'],
    ['Someone like me does not deserve it', 'deserve', 'writer'],
    ['It should be fun', 'should', 'thing'],
    ['Then Mia said no', 'said', 'other'],
  ])('in "%s", %s is about the %s', (sentence, word, person) => {
    expect(subjectBefore(readSentence(sentence), at(sentence, word)).person).toBe(person);
  });
});

describe('isNegatedBefore', () => {
  it.each<[string, string, boolean]>([
    ["I don't want to die", 'want', true],
    ["I'm not really thinking about it", 'thinking', true],
    ["I'm not sure I want to die", 'want', false],
    ["I can't stop thinking about it", 'thinking', false],
    ["If I don't end it soon", 'end', false],
  ])('in "%s", %s is negated: %s', (sentence, word, negated) => {
    expect(isNegatedBefore(readSentence(sentence), at(sentence, word))).toBe(negated);
  });

  it('does not read "can\'t" before an act on oneself as a denial of it', () => {
    const sentence = "I can't kill myself";
    expect(isNegatedBefore(readSentence(sentence), at(sentence, 'kill'), true)).toBe(false);
    expect(isNegatedBefore(readSentence(sentence), at(sentence, 'kill'), false)).toBe(true);
  });
});

describe('otherVoices', () => {
  it.each<[string, string, boolean]>([
    ["She said I'm stupid", 'stupid', true],
    ["I told her I'm stupid", 'stupid', false],
    ['They think I am lazy', 'lazy', true],
    ['He wrote "I want to die" on the wall', 'die', true],
    ['"I am done," she said', 'done', true],
    ['I keep thinking "I am done"', 'done', false],
    ["She said no, and I'm stupid", 'stupid', false],
  ])('in "%s", %s is someone else\'s voice: %s', (sentence, word, isOther) => {
    expect(otherVoices(readSentence(sentence))[at(sentence, word)]).toBe(isOther);
  });
});

describe('isPastAt', () => {
  it.each<[string, string, boolean]>([
    ['I wanted to die', 'wanted', true],
    ['I used to want to die', 'want', true],
    ['I have wanted to die for years', 'wanted', false],
    ['I was suicidal', 'suicidal', true],
    ['I am suicidal', 'suicidal', false],
  ])('in "%s", %s is told in the past: %s', (sentence, word, past) => {
    expect(isPastAt(readSentence(sentence), at(sentence, word))).toBe(past);
  });
});
