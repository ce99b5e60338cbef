import { renderMarkup } from '../testing/render-markup.tsx';
import { describe, expect, it } from 'vitest';
import { isCrisis } from './field-noticings.ts';
import { noticeField } from './notice-engine.ts';
import { NoticedGently } from './NoticedGently.tsx';

// The crisis offer is checked in the browser journey (noticing-journey), where its link can navigate.
describe('NoticedGently', () => {
  it('quotes the person’s words as they wrote them, closed until opened', () => {
    const gentle = noticeField('body', 'I should be over this by now.').filter((n) => !isCrisis(n));
    const html = renderMarkup(<NoticedGently noticings={gentle} onDismiss={() => undefined} />);
    expect(html).toContain('Noticed gently');
    expect(html).toContain('“I should be over this by now.”');
    expect(html).toContain('aria-expanded="false"');
    expect(html).not.toContain('Dismiss');
  });

  it('shows nothing when there is nothing to notice', () => {
    expect(renderMarkup(<NoticedGently noticings={[]} onDismiss={() => undefined} />)).toBe('');
  });
});
