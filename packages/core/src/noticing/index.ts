export { noticeText, hasCrisisLanguage } from './notice-text.ts';
export { noticingCopy, type NoticingCopy } from './noticing-copy.ts';
export { noticingPatterns, type Noticing, type NoticingPattern } from './noticing-types.ts';
