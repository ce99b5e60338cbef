import { shareDocument } from '@tend/core';
import { renderMarkup } from '../../testing/render-markup.tsx';
import { afterAll, describe, expect, it } from 'vitest';
import { activateLanguage } from '../../i18n/activate.ts';
import { journalEntry } from '../../testing/practice-fixtures.tsx';
import { SharePreview } from './SharePreview.tsx';

const hostile = '<img src=x onerror=alert(1)>';

/** The preview of a journal entry for a practitioner (Dana Reyes), in the language Tend speaks now. */
function previewOf(title: string, body: string, mode: 'live' | 'snapshot', name = 'Dana Reyes'): string {
  const document = shareDocument(journalEntry(title, body), () => undefined);
  if (!document) throw new Error('not shareable');
  return renderMarkup(
    <SharePreview
      document={document}
      mode={mode}
      name={name}
      isBusy={false}
      onShare={() => undefined}
      onNotNow={() => undefined}
    />,
  );
}

describe('a moment to look before sharing', () => {
  afterAll(() => activateLanguage('en'));

  it('shows exactly the text the practitioner will read, as text, with Share and Not now', () => {
    const [title, body] = [`A hard morning ${hostile}`, `I noticed the old pull\nto go quiet. ${hostile}`];
    const document = shareDocument(journalEntry(title, body), () => undefined);
    if (!document) throw new Error('not shareable');
    const html = previewOf(title, body, 'live');
    expect(html).toContain('What Dana Reyes will see');
    for (const section of document.sections) expect(html).toContain(section.label);
    expect(html).toContain('I noticed the old pull\nto go quiet.');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('>Share</button>');
    expect(html).toContain('>Not now</button>');
    expect(html).toContain(
      '“Keep it updated” means that when you edit this, Dana Reyes sees the new version.',
    );
  });

  it('speaks the chosen language, the mode’s sentence with it', async () => {
    await activateLanguage('de');
    const german = previewOf('A hard morning', 'Quiet.', 'snapshot');
    expect(german).toContain('Was Dana Reyes sehen wird');
    expect(german).toContain('>Teilen</button>');
    expect(german).toContain(
      'Dana Reyes behält es so, wie es jetzt ist; spätere Änderungen bleiben bei dir.',
    );
    await activateLanguage('es');
    expect(previewOf('A hard morning', 'Quiet.', 'snapshot')).toContain('>Ahora no</button>');
    await activateLanguage('en');
  });

  it('shows a name written with tags in it as it was written, inside a translated sentence', () => {
    const html = previewOf('A hard morning', 'Quiet.', 'live', '<b>Dana</b> <script>x</script>');
    expect(html).toContain('What &lt;b&gt;Dana&lt;/b&gt; &lt;script&gt;x&lt;/script&gt; will see');
  });
});
