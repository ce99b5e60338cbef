import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelLines } from './label-lines.ts';

describe('labelLines', () => {
  it('keeps a short name on one line', () => {
    expect(labelLines(' Sam ')).toEqual({ lines: ['Sam'], isWhole: true });
  });

  it('wraps a longer name at spaces instead of cutting it', () => {
    expect(labelLines('Sam (best friend from school)')).toEqual({
      lines: ['Sam (best friend', 'from school)'],
      isWhole: true,
    });
    expect(labelLines('The one who waits by the door')).toEqual({
      lines: ['The one who', 'waits by the', 'door'],
      isWhole: true,
    });
  });

  it('shortens only what is longer than every line together, and says so', () => {
    const { lines, isWhole } = labelLines(
      'The one who waits by the door every evening for news that never comes',
    );
    expect(isWhole).toBe(false);
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)?.endsWith('…')).toBe(true);
  });

  it('never makes a line longer than asked, and loses no word of a name that fits', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zé]{1,30}$/), { minLength: 1, maxLength: 8 }), (words) => {
        const name = words.join(' ');
        const { lines, isWhole } = labelLines(name, 16, 3);
        expect(lines.every((l) => l.length <= 16)).toBe(true);
        if (isWhole) expect(lines.join('').replaceAll(' ', '')).toBe(words.join(''));
      }),
    );
  });
});
