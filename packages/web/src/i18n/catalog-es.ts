import type { Messages } from '@lingui/core';
import coreWords from './core-words/es.json' with { type: 'json' };
import { gatherCatalogs, type CatalogModule } from './gather-catalogs.ts';

/** Every folder's catalogue, and core's words under their English text (`coreWord`). */
export const messages: Messages = {
  ...gatherCatalogs(import.meta.glob<CatalogModule>('../**/locales/es.po', { eager: true })),
  ...coreWords,
};
