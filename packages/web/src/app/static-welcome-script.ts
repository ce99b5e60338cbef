import { startStaticWelcome } from './static-welcome.ts';

// Built on its own as a classic script (scripts/static-welcome-plugin.ts), run in the head of index.html.
startStaticWelcome(document, location.pathname, navigator.languages);
