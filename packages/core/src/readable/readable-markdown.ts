import type { ReadableDocument } from './readable-document.ts';
import { englishReadable, type ReadableLanguage } from './readable-language.ts';

/**
 * The person's words kept as they are, but `<` escaped so that a Markdown viewer shows any HTML in
 * them as text instead of running it; `\<` reads back as `<` everywhere Markdown is read.
 */
export function markdownText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/</g, '\\<');
}

/** A title on one line, whatever it holds. */
export function markdownLine(text: string): string {
  return markdownText(text.replace(/\s+/g, ' ').trim());
}

/** One item: a heading, its day, then each labelled section. */
export function documentMarkdown(
  doc: ReadableDocument,
  level = 2,
  language: ReadableLanguage = englishReadable,
): string {
  const hashes = '#'.repeat(level);
  const parts = [`${hashes} ${markdownLine(doc.title)}`];
  if (doc.when !== null) parts.push(`*${language.date(doc.when)}*`);
  for (const section of doc.sections) {
    parts.push(`**${markdownLine(section.label)}**`, markdownText(section.text.trim()));
  }
  return `${parts.join('\n\n')}\n`;
}
