import { describe, expect, it } from 'vitest';
import { isCrisisOfferDue, noticeJournal, quotePassage, setAsideOf } from './journal-noticings.ts';

describe('noticeJournal', () => {
  it('notices self-talk in the title and the body, keyed by field, pattern and words', () => {
    const { gentle, crisis } = noticeJournal(
      'I should be over this',
      'A calm day. I should have known better.',
    );
    expect(crisis).toEqual([]);
    expect(gentle.map((n) => [n.field, n.pattern])).toEqual([
      ['title', 'should'],
      ['body', 'should'],
    ]);
    expect(gentle[1]?.key).toBe('body:should:I should have known better.');
  });

  it('keeps crisis sentences out of the gentle list', () => {
    const { gentle, crisis } = noticeJournal('', 'I should be stronger and I want to die.');
    expect(gentle).toEqual([]);
    expect(crisis.map((n) => n.pattern)).toEqual(['crisis']);
  });
});

describe('isCrisisOfferDue', () => {
  const first = 'Everything is grey. I want to die.';

  it('shows for crisis language and stays set aside while the same sentence is typed on', () => {
    const now = noticeJournal('', first).crisis;
    expect(isCrisisOfferDue(now, [])).toBe(true);
    const aside = setAsideOf(now);
    expect(isCrisisOfferDue(now, aside)).toBe(false);
    expect(
      isCrisisOfferDue(noticeJournal('', 'Everything is grey. I want to die tonight').crisis, aside),
    ).toBe(false);
  });

  it('comes back for a different crisis sentence, in the body or the title', () => {
    const aside = setAsideOf(noticeJournal('', first).crisis);
    expect(
      isCrisisOfferDue(noticeJournal('', `${first} I keep thinking about ending it.`).crisis, aside),
    ).toBe(true);
    expect(isCrisisOfferDue(noticeJournal('I want to die', first).crisis, aside)).toBe(true);
  });

  it('does not show without crisis language', () => {
    expect(isCrisisOfferDue(noticeJournal('', 'A slow and kind afternoon.').crisis, [])).toBe(false);
  });
});

describe('quotePassage', () => {
  it('trims and folds spaces, and shortens only long passages', () => {
    expect(quotePassage('  I should  rest.\n')).toBe('I should rest.');
    expect(quotePassage('x'.repeat(130))).toBe(`${'x'.repeat(120)}…`);
  });
});
