/// <reference types="vite/client" />

/** This build's version, from packages/web/package.json (see vite.config.ts). */
declare const __TEND_APP_VERSION__: string;

/** The frame's words in each language but English, from the catalogues: only in the head script (app/head-script.ts). */
declare const __TEND_FRAME_WORDS__: Partial<
  Record<import('./i18n/languages.ts').Language, import('./app/frame-words.ts').FrameWords>
>;
