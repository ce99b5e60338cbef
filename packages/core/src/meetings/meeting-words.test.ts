import { describe, expect, it } from 'vitest';
import { stances } from './meeting.ts';
import { stanceShortWords, stanceWords } from './meeting-words.ts';

describe('stance words', () => {
  it('pairs each domain stance with its words', () => {
    expect(Object.keys(stanceWords)).toEqual([...stances]);
    expect(stanceWords['ran-the-show']).toBe('It ran the show');
    expect(stanceWords['stayed-with-compassion']).toBe('I stayed with it with compassion');
    expect(stanceShortWords['tried-to-fix']).toBe('Tried to change it');
  });
});
