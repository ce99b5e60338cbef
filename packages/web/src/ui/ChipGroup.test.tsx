import { bodyNeeds, bodyNeedWords } from '@tend/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChipGroup } from './ChipGroup.tsx';

describe('ChipGroup', () => {
  it('says which chips are chosen, in the domain order', () => {
    const html = renderToStaticMarkup(
      <ChipGroup
        legend="Body"
        options={bodyNeeds}
        words={bodyNeedWords}
        value={['rest']}
        onValue={() => {}}
      />,
    );
    expect(html.match(/aria-pressed="true"/g)).toHaveLength(1);
    expect(html.match(/aria-pressed="false"/g)).toHaveLength(bodyNeeds.length - 1);
    expect(html).toMatch(/aria-pressed="true"[^>]*>Rest</);
    expect(html.indexOf('Water')).toBeLessThan(html.indexOf('Quiet'));
  });
});
