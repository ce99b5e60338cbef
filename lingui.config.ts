import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';

/**
 * Tend's words in three languages (docs/ARCHITECTURE.md, "Languages"). Each folder of the web app
 * keeps its own catalogue beside it (`locales/<locale>.po`), so a screen's words travel with the
 * screen. English is the source: its catalogue holds the messages as written in the code.
 */
const webFolders = ['app', 'noticing', 'sync', 'ui', 'copy', 'state', 'i18n'];

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'de', 'es'],
  // A German or Spanish word not yet written falls back to the English one rather than to an id.
  fallbackLocales: { default: 'en' },
  catalogs: [
    {
      path: '<rootDir>/packages/web/src/screens/{name}/locales/{locale}',
      include: ['<rootDir>/packages/web/src/screens/{name}/'],
    },
    ...webFolders.map((folder) => ({
      path: `<rootDir>/packages/web/src/${folder}/locales/{locale}`,
      include: [`<rootDir>/packages/web/src/${folder}/`],
    })),
  ],
  // No line numbers: a catalogue changes only when its words do.
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
});
