import { Plural, Trans } from '@lingui/react/macro';
import { afterEach, describe, expect, it } from 'vitest';
import { renderMarkup } from '../testing/render-markup.tsx';
import { activateLanguage } from './activate.ts';

afterEach(async () => {
  await activateLanguage('en');
});

function Greeting({ name, count }: { name: string; count: number }) {
  return (
    <p>
      <Trans>
        <strong>{name}</strong> wrote <Plural value={count} one="# note" other="# notes" />
      </Trans>
    </p>
  );
}

describe('a person’s words inside a sentence', () => {
  it('show as they were written, tags and all', () => {
    const written = '<b>Dana</b> <i/> & <0>co</0>';
    expect(renderMarkup(<Greeting name={written} count={2} />)).toBe(
      '<p><strong>&lt;b&gt;Dana&lt;/b&gt; &lt;i/&gt; &amp; &lt;0&gt;co&lt;/0&gt;</strong> wrote 2 notes</p>',
    );
  });

  it('keep the sentence’s own elements and plurals when nothing needs guarding', () => {
    expect(renderMarkup(<Greeting name="Dana" count={1} />)).toBe(
      '<p><strong>Dana</strong> wrote 1 note</p>',
    );
  });
});
