import type { Language } from '../i18n/languages.ts';
import type { FrameWords } from './frame-words.ts';
import { startHead } from './head.ts';

/** The frame's words in each language but English, from the catalogues: put in by the build. */
declare const __TEND_FRAME_WORDS__: Partial<Record<Language, FrameWords>>;

// Built on its own as a classic script (scripts/head-script-plugin.ts), run first in index.html's head.
startHead(document, location.pathname, navigator.languages, __TEND_FRAME_WORDS__);
