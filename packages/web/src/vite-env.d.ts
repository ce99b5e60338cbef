/// <reference types="vite/client" />

/** This build's version, from packages/web/package.json (see vite.config.ts). */
declare const __TEND_APP_VERSION__: string;
