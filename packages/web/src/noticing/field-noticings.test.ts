import { describe, expect, it } from 'vitest';
import { isCrisis, isSetAside, quotePassage, setAsideOf } from './field-noticings.ts';
import { noticeField } from './notice-engine.ts';

describe('noticeField', () => {
  it('keys each noticing by field, pattern and words', () => {
    const found = noticeField('journal:new:body', 'A calm day. I should have known better.');
    expect(found.map((n) => [n.field, n.pattern])).toEqual([['journal:new:body', 'should']]);
    expect(found[0]?.key).toBe('journal:new:body:should:I should have known better.');
  });

  it('marks crisis sentences, which outrank self-talk in the same sentence', () => {
    const found = noticeField('f', 'I should be stronger and I want to die.');
    expect(found.map((n) => n.pattern)).toEqual(['crisis']);
    expect(found.every(isCrisis)).toBe(true);
  });

  it('marks crisis written in German or Spanish, whatever language Tend is shown in', () => {
    const found = noticeField('f', 'Ich will nicht mehr leben. Quiero morir. Ich sollte mehr schlafen.');
    expect(found.map((n) => n.pattern)).toEqual(['crisis', 'crisis']);
  });
});

describe('isSetAside', () => {
  const first = 'Everything is grey. I want to die.';
  const aside = setAsideOf(noticeField('body', first).filter(isCrisis));

  it('holds while the same sentence is typed on', () => {
    const typedOn = noticeField('body', 'Everything is grey. I want to die tonight').filter(isCrisis);
    expect(typedOn.every((n) => isSetAside(n, aside))).toBe(true);
  });

  it('does not hold for a new sentence, or the same words in another field', () => {
    const more = noticeField('body', `${first} I keep thinking about ending it.`).filter(isCrisis);
    expect(more.map((n) => isSetAside(n, aside))).toEqual([true, false]);
    const elsewhere = noticeField('title', first).filter(isCrisis);
    expect(elsewhere.some((n) => isSetAside(n, aside))).toBe(false);
  });
});

describe('quotePassage', () => {
  it('trims and folds spaces, and shortens only long passages', () => {
    expect(quotePassage('  I should  rest.\n')).toBe('I should rest.');
    expect(quotePassage('x'.repeat(130))).toBe(`${'x'.repeat(120)}…`);
  });
});
