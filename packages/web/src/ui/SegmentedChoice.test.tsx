import { renderMarkup } from '../testing/render-markup.tsx';
import { describe, expect, it } from 'vitest';
import { SegmentedChoice } from './SegmentedChoice.tsx';

const words = { yes: 'Yes', no: 'No' } as const;

describe('SegmentedChoice', () => {
  it('is a named group of radios, with a way to take an answer back once one is given', () => {
    const answered = renderMarkup(
      <SegmentedChoice legend="Held?" options={['yes', 'no']} words={words} value="yes" onValue={() => {}} />,
    );
    expect(answered).toContain('<legend>Held?</legend>');
    expect(answered.match(/type="radio"/g)).toHaveLength(2);
    expect(answered).toContain('aria-label="Clear: Held?"');

    const open = renderMarkup(
      <SegmentedChoice
        legend="Held?"
        options={['yes', 'no']}
        words={words}
        value={null}
        onValue={() => {}}
      />,
    );
    expect(open).not.toContain('Clear');
  });
});
