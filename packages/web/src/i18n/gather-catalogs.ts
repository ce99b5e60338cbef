import type { Messages } from '@lingui/core';

/** A compiled `.po` catalogue as the build hands it over. */
export interface CatalogModule {
  readonly messages: Messages;
}

/** One language's messages from every folder's catalogue. Ids are hashes of the words, so they never clash. */
export function gatherCatalogs(modules: Record<string, CatalogModule>): Messages {
  return Object.assign({}, ...Object.values(modules).map((module) => module.messages)) as Messages;
}
