import type { Messages } from '@lingui/core';
import { gatherCatalogs, type CatalogModule } from './gather-catalogs.ts';

export const messages: Messages = gatherCatalogs(
  import.meta.glob<CatalogModule>('../**/locales/es.po', { eager: true }),
);
