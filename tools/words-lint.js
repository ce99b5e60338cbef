// The rule that keeps every word a person reads in the catalogues (docs/ARCHITECTURE.md, "Languages"):
// a string in a screen that looks like words, outside Lingui's macros, is refused. eslint.config.js uses
// it, and packages/web/src/i18n/no-hard-coded-words.test.ts runs it alone as part of npm test.
import lingui from 'eslint-plugin-lingui';
import tseslint from 'typescript-eslint';

/** Where a person reads words: the shell, every screen, the shared controls and the noticing offers. */
export const wordFiles = ['packages/web/src/{app,screens,ui,noticing,sync}/**/*.{ts,tsx}'];

/**
 * Folders whose words are not in the catalogues yet; each comes off this list as its words move in.
 * One per line.
 * @type {string[]}
 */
export const notYetInCatalogues = [];

/** Strings that are code, not words: names, keys, class lists, paths, addresses, formats. */
const notWords = [
  // one lower-case token: a key, a kind, a class name, an event ("light", "pause-button", "keydown")
  '^[a-z][a-zA-Z0-9_:.-]*$',
  // paths, fragments, addresses, selectors and media queries
  '^[/#.?@(:[]',
  '^(https?|mailto|tel|sms|data|blob):',
  // ids and keys in SCREAMING or camel case, MIME types
  '^[A-Z0-9_]+$',
  '^[a-z]+/[a-z0-9.+-]+$',
  // the name, which is the same in every language
  '^Tend$',
];

/** Attributes and properties that never reach a person's eyes. */
const codeNames = [
  'className',
  'class',
  'id',
  'key',
  'type',
  'name',
  'role',
  'href',
  'to',
  'rel',
  'target',
  'method',
  'autoComplete',
  'inputMode',
  'enterKeyHint',
  'htmlFor',
  'form',
  'pattern',
  'accept',
  'tone',
  'variant',
  'kind',
  'path',
  'pattern',
  'd',
  'viewBox',
  'fill',
  'stroke',
  'strokeWidth',
  'strokeLinecap',
  'strokeLinejoin',
  'transform',
  'textAnchor',
  'dominantBaseline',
  'download',
  {
    regex: {
      pattern:
        '^(aria-(hidden|live|current|haspopup|controls|describedby|labelledby|owns|expanded|pressed|selected|checked|orientation|sort|relevant|atomic|busy|invalid|modal|autocomplete)|data-.*)$',
    },
  },
  { regex: { pattern: '(Id|Ids|Key|Class|ClassName|Name|Path|Url|Href|Type|Kind|Mode)$' } },
];

export const wordsRules = [
  {
    files: wordFiles,
    ignores: ['**/*.test.{ts,tsx}', '**/testing/**', '**/locales/**', ...notYetInCatalogues],
    languageOptions: { parser: tseslint.parser },
    plugins: { lingui },
    rules: {
      'lingui/no-unlocalized-strings': [
        'error',
        {
          ignore: notWords,
          ignoreNames: codeNames,
          ignoreFunctions: [
            'Error',
            'RangeError',
            'TypeError',
            'console.*',
            'navigate',
            'matchMedia',
            'addEventListener',
            'removeEventListener',
            'querySelector',
            'querySelectorAll',
            'getElementById',
            'document.createElement',
            'new URL',
            'URLSearchParams',
            'Intl.*',
            'toLocaleString',
            'useId',
            'route',
            'lazyScreen',
          ],
        },
      ],
    },
  },
];
