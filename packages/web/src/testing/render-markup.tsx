import { I18nProvider } from '@lingui/react';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { i18n } from '../i18n/activate.ts';

/** What a piece of the app renders, in the language Tend speaks (English in tests unless one is chosen). */
export function renderMarkup(node: ReactNode): string {
  return renderToStaticMarkup(<I18nProvider i18n={i18n}>{node}</I18nProvider>);
}
