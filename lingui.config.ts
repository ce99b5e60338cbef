import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';

/**
 * Tend's words in three languages (docs/ARCHITECTURE.md, "Languages"). Each folder of the web app
 * keeps its own catalogue beside it (`locales/<locale>.po`), so a screen's words travel with the
 * screen. English is the source: its catalogue holds the messages as written in the code.
 */
/** Tests may write sentences of their own to try the machinery; they are not Tend's words. */
const testFiles = ['**/*.test.ts', '**/*.test.tsx'];

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
      exclude: testFiles,
    },
    ...webFolders.map((folder) => ({
      path: `<rootDir>/packages/web/src/${folder}/locales/{locale}`,
      include: [`<rootDir>/packages/web/src/${folder}/`],
      exclude: testFiles,
    })),
  ],
  // No line numbers: a catalogue changes only when its words do.
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
  // `<Trans>` comes from Tend's own module, which keeps a person's words whole inside a sentence
  // (packages/web/src/i18n/trans.tsx); `#i18n-trans` is the web package's import of it.
  runtimeConfigModule: { Trans: ['#i18n-trans', 'Trans'] },
});
