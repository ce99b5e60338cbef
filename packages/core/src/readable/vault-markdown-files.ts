import type { Lookup } from '../practice/share-sections.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import { readableDocument, type ReadableDocument } from './readable-document.ts';
import { documentMarkdown, markdownLine } from './readable-markdown.ts';
import { englishReadable, sayCalendarDay, type ReadableLanguage } from './readable-language.ts';

export interface MarkdownFile {
  readonly path: string;
  readonly text: string;
}

/**
 * The whole vault as Markdown files: one per item in a folder per kind, named by day and title,
 * and an index.md that lists and links them all. `dayOf` gives the person's own calendar day;
 * `language` names the folders and says Tend's words.
 */
export function vaultMarkdownFiles(
  objects: readonly VaultObject[],
  lookup: Lookup,
  today: string,
  dayOf: (ms: number) => string,
  language: ReadableLanguage = englishReadable,
): MarkdownFile[] {
  const w = language.words;
  const taken = new Set<string>();
  const byFolder = new Map<string, { path: string; doc: ReadableDocument }[]>();
  const documents = objects
    .flatMap((object) => readableDocument(object, lookup, language) ?? [])
    .sort((a, b) => (a.when ?? 0) - (b.when ?? 0) || a.id.localeCompare(b.id));
  for (const doc of documents) {
    const folder = w.folder[doc.kind] ?? doc.kind;
    const day = doc.when === null ? '' : `${dayOf(doc.when)} `;
    const path = uniquePath(`${folder}/${day}${safeName(doc.title)}`, taken);
    const list = byFolder.get(folder) ?? [];
    list.push({ path, doc });
    byFolder.set(folder, list);
  }
  const files = [...byFolder.values()]
    .flat()
    .map(({ path, doc }) => ({ path, text: documentMarkdown(doc, 1, language) }));
  return [{ path: 'index.md', text: indexText(byFolder, today, language) }, ...files];
}

function indexText(
  byFolder: Map<string, { path: string; doc: ReadableDocument }[]>,
  today: string,
  language: ReadableLanguage,
): string {
  const w = language.words;
  const parts = [
    `# ${w.vaultTitle}`,
    `${w.private} · ${w.madeOn(sayCalendarDay(today, language))}`,
    w.vaultIntro,
  ];
  for (const [folder, list] of [...byFolder.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    parts.push(`## ${folder} (${w.itemCount(list.length)})`);
    parts.push(list.map(({ path, doc }) => `- [${markdownLine(doc.title)}](${linkTo(path)})`).join('\n'));
  }
  parts.push(w.leftOutOfIndex);
  return `${parts.join('\n\n')}\n`;
}

/** A relative link that survives spaces and brackets in a name. */
export function linkTo(path: string): string {
  return encodeURI(path).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** A file name every system accepts: no separators, reserved or control characters, not too long. */
function safeName(title: string): string {
  const kept = Array.from(title, (c) => (isUnsafe(c) ? ' ' : c)).join('');
  const cleaned = Array.from(kept.replace(/\s+/g, ' ').trim())
    .slice(0, 60)
    .join('')
    .replace(/[. ]+$/, '');
  return cleaned || 'Untitled';
}

/** Path separators, characters Windows reserves, `#` and `%` (links), and control characters. */
function isUnsafe(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 0x20 || code === 0x7f || '\\/:*?"<>|#%'.includes(c);
}

function uniquePath(base: string, taken: Set<string>): string {
  let path = `${base}.md`;
  for (let n = 2; taken.has(path.toLowerCase()); n += 1) path = `${base} (${n}).md`;
  taken.add(path.toLowerCase());
  return path;
}
