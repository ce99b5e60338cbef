import { startHead } from './head.ts';

// Built on its own as a classic script (scripts/head-script-plugin.ts), run first in index.html's head.
// The frame's words in each language are the catalogues', put in by the build.
startHead(document, location.pathname, navigator.languages, __TEND_FRAME_WORDS__);
