import { describe, expect, it } from 'vitest';
import { correctSpelling } from './spelling.ts';

describe('correctSpelling', () => {
  it.each([
    ['sucide', 'suicide'],
    ['suicidial', 'suicidal'],
    ['myslef', 'myself'],
    ['anymroe', 'anymore'],
    ['becuase', 'because'],
    ['lfie', 'life'],
    ['worthles', 'worthless'],
    // The doubled letter in the wrong place.
    ['dissapear', 'disappear'],
    ['tommorow', 'tomorrow'],
    ['kiling', 'killing'],
    ['usseless', 'useless'],
  ])('reads the slip %s as %s', (typed, meant) => {
    expect(correctSpelling(typed)).toBe(meant);
  });

  it.each([
    'olive',
    'loving',
    'letter',
    'bills',
    'exit',
    'goodbyes',
    'suicides',
    'deserved',
    'lives',
    'cat',
    'evil',
    'disappears',
    'shoulder',
    'bitter',
  ])('keeps the real word %s', (word) => {
    expect(correctSpelling(word)).toBe(word);
  });
});
