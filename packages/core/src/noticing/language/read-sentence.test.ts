import { describe, expect, it } from 'vitest';
import { readSentence } from './read-sentence.ts';

const plain = (sentence: string): string => readSentence(sentence).plain;

describe('readSentence', () => {
  it.each<[string, string]>([
    [
      "I'm sure I can't, I won't and I shouldn't've.",
      'i am sure i can not , i will not and i should not have',
    ],
    ['im tired, ive had enough and i dont care', 'i am tired , i have had enough and i do not care'],
    ['ill never be enough. I feel ill', 'i will never be enough i feel ill'],
    ['i wanna go rn, idk', 'i want to go right now , idk'.replace('idk', 'i do not know')],
    ['kms tbh', 'kill myself to be honest'],
    ['I keep hurting my self.', 'i keep hurting myself'],
    ['self-harm - then "quiet" (again)', 'self harm - then " quiet " ( again )'],
    ["It's Sam's car; she's late.", 'it is sam car ; she is late'],
    ['I want to end my lfie, sucide.', 'i want to end my life , suicide'],
  ])('reads %j as %j', (sentence, expected) => {
    expect(plain(sentence)).toBe(expected);
  });

  it('keeps where each word was typed, the words of a contraction sharing their token', () => {
    const sentence = "So I'm done";
    const { words } = readSentence(sentence);
    expect(words.map((word) => sentence.slice(word.start, word.end))).toEqual(['So', "I'm", "I'm", 'done']);
  });

  it('maps every character of the plain words back to its word', () => {
    const reading = readSentence("I can't");
    expect(reading.plain).toBe('i can not');
    expect([...reading.wordAt]).toEqual([0, 0, 1, 1, 1, 1, 2, 2, 2]);
  });

  it('marks a name by its capital, but not the writer nor a shouted word', () => {
    const capitals = (sentence: string) => readSentence(sentence).words.map((word) => word.isCapitalised);
    expect(capitals('Then Mia said no')).toEqual([false, true, false, false]);
    expect(capitals('Then Ive said NO')).toEqual([false, false, false, false, false]);
  });
});
