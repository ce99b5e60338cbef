import { afterAll, describe, expect, it } from 'vitest';
import { activateLanguage } from '../i18n/activate.ts';
import { renderMarkup } from '../testing/render-markup.tsx';
import { LetGoSection } from './LetGoSection.tsx';

const buttonOf = (what: string): string =>
  /<button[^>]*>([^<]*)<\/button>/.exec(
    renderMarkup(
      <LetGoSection what={what} onDelete={async () => {}}>
        <p />
      </LetGoSection>,
    ),
  )?.[1] ?? '';

describe('letting something go', () => {
  afterAll(() => activateLanguage('en'));

  it('starts its button with a capital in every language, wherever the language puts what goes', async () => {
    expect(buttonOf('this grief')).toBe('Delete this grief');
    await activateLanguage('de');
    expect(buttonOf('diese Trauer')).toBe('Diese Trauer löschen');
    await activateLanguage('es');
    expect(buttonOf('este duelo')).toBe('Borrar este duelo');
  });
});
