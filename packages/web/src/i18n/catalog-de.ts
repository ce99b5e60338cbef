import type { Messages } from '@lingui/core';
import coreWords from './core-words/de.json' with { type: 'json' };
import { gatherCatalogs, type CatalogModule } from './gather-catalogs.ts';

/** Every folder's catalogue, and core's words under their English text (`coreWord`). */
export const messages: Messages = {
  ...gatherCatalogs(import.meta.glob<CatalogModule>('../**/locales/de.po', { eager: true })),
  ...coreWords,
};
